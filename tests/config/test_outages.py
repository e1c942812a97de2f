"""The site degrades instead of falling over when Redis or the database is down."""

import logging
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.db import OperationalError
from django.test import Client, RequestFactory, override_settings

from beteiligung.models import ConsultationPage, Contribution
from config.outage import server_error
from home.models import HomePage
from tests.beteiligung.factories import make_consultation
from tests.support.outages import (
    UNREACHABLE_REDIS,
    run_django,
    settings_with,
    unreachable_database_url,
)

pytestmark = pytest.mark.django_db

DATABASE_DOWN_PROBE = """
from django.test import Client
client = Client(raise_request_exception=False)
answers = {}
for method, path in [("get", "/"), ("get", "/en/"), ("get", "/ar/beteiligung/"),
                     ("post", "/en/beteiligung/konzept/comment/"), ("get", "/healthz/"),
                     ("get", "/readyz/")]:
    data = {"text": "Mehr Sprachkurse"} if method == "post" else {}
    response = getattr(client, method)(path, data)
    answers[method + " " + path] = {
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "language": response.get("Content-Language"),
        "cache_control": response.get("Cache-Control"),
        "body": response.content.decode(),
    }
print(json.dumps(answers))
"""


@pytest.fixture
def consultation(home_page: HomePage) -> ConsultationPage:
    return make_consultation(home_page)


@pytest.fixture(scope="module")
def redis_down_caches() -> dict:
    """The cache settings that production's CACHE_URL makes, with nothing listening."""
    caches = settings_with(CACHE_URL=UNREACHABLE_REDIS)["CACHES"]
    assert caches["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert caches["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    return caches


@pytest.fixture(scope="module")
def database_down() -> dict:
    return run_django(DATABASE_DOWN_PROBE, DATABASE_URL=unreachable_database_url())


def test_pages_are_served_while_redis_is_unreachable(
    client: Client, consultation: ConsultationPage, redis_down_caches: dict
) -> None:
    with override_settings(CACHES=redis_down_caches):
        for url in ["/", "/en/", consultation.url, f"{consultation.url}comment/"]:
            response = client.get(url)
            assert response.status_code == HTTPStatus.OK, url


def test_comment_sent_while_redis_is_unreachable_is_stored_and_the_gap_logged(
    post,
    consultation: ConsultationPage,
    comment_data: dict,
    redis_down_caches: dict,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with override_settings(CACHES=redis_down_caches), caplog.at_level(logging.WARNING):
        response = post(f"{consultation.url}comment/", comment_data)
    assert response.status_code == HTTPStatus.FOUND
    assert Contribution.objects.filter(text__startswith="Bitte mehr Sprachkurse").count() == 1
    assert "Rate limit not applied" in caplog.text


def test_staff_stay_logged_in_while_redis_is_unreachable(
    client: Client, home_page, redis_down_caches: dict
) -> None:
    staff = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(staff)
    with override_settings(CACHES=redis_down_caches):
        response = client.get("/admin/")
    assert response.status_code == HTTPStatus.OK


def test_readiness_fails_while_redis_is_unreachable(
    client: Client, redis_down_caches: dict
) -> None:
    with override_settings(CACHES=redis_down_caches):
        response = client.get("/readyz/")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "cache: unreachable" in response.content.decode()
    assert "database: ok" in response.content.decode()


def test_database_outage_answers_503_in_the_visitors_language(database_down: dict) -> None:
    german, english, arabic = (
        database_down[key] for key in ("get /", "get /en/", "get /ar/beteiligung/")
    )
    for answer in (german, english, arabic):
        assert answer["status"] == HTTPStatus.SERVICE_UNAVAILABLE
        assert answer["retry_after"] == "60"
        assert "no-store" in answer["cache_control"]
    assert german["language"] == "de"
    assert "Vorübergehend nicht erreichbar" in german["body"]
    assert english["language"] == "en"
    assert "Temporarily unavailable" in english["body"]
    assert 'lang="ar" dir="rtl"' in arabic["body"]


def test_form_sent_during_a_database_outage_says_it_was_not_saved(database_down: dict) -> None:
    answer = database_down["post /en/beteiligung/konzept/comment/"]
    assert answer["status"] == HTTPStatus.SERVICE_UNAVAILABLE
    assert "could not be saved" in answer["body"]
    assert "could not be saved" not in database_down["get /en/"]["body"]


def test_liveness_passes_and_readiness_fails_during_a_database_outage(
    database_down: dict,
) -> None:
    assert database_down["get /healthz/"]["status"] == HTTPStatus.OK
    readiness = database_down["get /readyz/"]
    assert readiness["status"] == HTTPStatus.SERVICE_UNAVAILABLE
    assert "database: unreachable" in readiness["body"]


def test_database_outage_outside_a_view_gets_the_503_page_too() -> None:
    request = RequestFactory().get("/en/")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert response["Retry-After"] == "60"


def test_other_errors_still_get_the_500_page() -> None:
    request = RequestFactory().get("/")
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(request)
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
