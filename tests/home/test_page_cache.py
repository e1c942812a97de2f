"""Anonymous visitors' pages come from the page cache (`home.page_cache`): without a query,
with the same security headers, and renewed as soon as an editor publishes or a moderator
publishes a comment. Staff, forms and personal pages are never served from it."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from beteiligung import services
from beteiligung.models import Contribution, FeedbackPage
from forum import services as forum_services
from home.models import HomePage
from home.page_cache import HEADER
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.factories import ContentPageFactory
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def get_twice(client: Client, url: str):
    """The first answer, and the second with the number of queries it ran."""
    first = client.get(url)
    assert first.status_code == HTTPStatus.OK, url
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.status_code == HTTPStatus.OK, url
    return first, second, len(queries)


def test_second_anonymous_visit_comes_from_the_cache_without_a_query(
    client: Client, home_page: HomePage
) -> None:
    ContentPageFactory(parent=home_page, title="Beratung", slug="beratung")
    first, second, queries = get_twice(client, "/beratung/")
    assert first[HEADER] == "stored"
    assert second[HEADER] == "hit"
    assert queries == 0
    assert second.content == first.content


def test_page_from_the_cache_keeps_the_strict_policy_and_security_headers(
    client: Client, home_page: HomePage
) -> None:
    ContentPageFactory(parent=home_page, slug="beratung")
    first, second, __ = get_twice(client, "/beratung/")
    assert second[HEADER] == "hit"
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "Permissions-Policy",
        "Content-Language",
    ):
        assert second[header] == first[header], header
    assert "unsafe-inline" not in second["Content-Security-Policy"]


def test_each_language_and_address_has_its_own_entry(client: Client, home_page: HomePage) -> None:
    ContentPageFactory(parent=home_page, title="Beratung", slug="beratung")
    ContentPageFactory(parent=home_page, title="Forum", slug="forum")
    client.get("/beratung/")
    forum = client.get("/forum/")
    assert forum[HEADER] == "stored"
    assert "<h1>Forum</h1>" in forum.text or "Forum" in BeautifulSoup(forum.text, "html.parser").h1
    english = client.get("/en/")
    assert english[HEADER] == "stored"
    assert english["Content-Language"] == "en"


def test_logged_in_staff_never_get_or_fill_the_cache(client: Client, home_page: HomePage) -> None:
    ContentPageFactory(parent=home_page, slug="beratung")
    client.get("/beratung/")  # stored for anonymous visitors
    client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.org", "pw"))
    for _ in range(2):
        response = client.get("/beratung/")
        assert response.status_code == HTTPStatus.OK
        assert HEADER not in response


def test_page_with_a_form_is_never_stored(client: Client, home_page: HomePage) -> None:
    home_page.add_child(instance=FeedbackPage(title="Rückmeldung", slug="rueckmeldung", intro="x"))
    first, second, _ = get_twice(client, "/rueckmeldung/")
    assert HEADER not in first and HEADER not in second
    assert "beteiligung/feedback_page.html" in [template.name for template in second.templates]
    # Each visitor gets a token of their own.
    tokens = {
        BeautifulSoup(response.text, "html.parser").find("input", {"name": "csrfmiddlewaretoken"})[
            "value"
        ]
        for response in (first, second)
    }
    assert len(tokens) == 2


def test_comment_form_page_is_never_stored(client: Client, home_page: HomePage) -> None:
    consultation = make_consultation(home_page)
    url = f"{consultation.url}paragraph/{consultation.paragraphs[1].block_id}/"
    first, second, __ = get_twice(client, url)
    assert HEADER not in first and HEADER not in second


def test_private_pages_are_never_stored(client: Client, home_page: HomePage) -> None:
    for url in ("/readyz/", "/healthz/", "/meine-daten/", "/admin/login/"):
        first = client.get(url)
        second = client.get(url)
        assert HEADER not in first and HEADER not in second, url


def test_open_data_api_and_conditional_requests_never_come_from_the_cache(
    client: Client, home_page: HomePage
) -> None:
    for _ in range(2):
        assert HEADER not in client.get("/api/open/consultations")
    ContentPageFactory(parent=home_page, slug="beratung")
    client.get("/beratung/")
    assert HEADER not in client.get("/beratung/", headers={"if-none-match": '"x"'})


def test_visitor_with_a_message_waiting_is_not_served_from_the_cache(
    client: Client, home_page: HomePage
) -> None:
    ContentPageFactory(parent=home_page, slug="beratung")
    client.get("/beratung/")
    client.cookies["messages"] = "anything"
    assert HEADER not in client.get("/beratung/")


def test_publishing_renews_the_page_at_once(client: Client, home_page: HomePage) -> None:
    page = ContentPageFactory(parent=home_page, title="Beratung", slug="beratung")
    assert client.get("/beratung/")[HEADER] == "stored"
    assert client.get("/beratung/")[HEADER] == "hit"

    page.title = "Orientierungsberatung"
    page.save_revision().publish()
    response = client.get("/beratung/")
    assert response[HEADER] == "stored"
    assert "Orientierungsberatung" in response.text

    page.unpublish()
    assert client.get("/beratung/").status_code == HTTPStatus.NOT_FOUND


def test_published_comment_shows_at_once(client: Client, home_page: HomePage) -> None:
    consultation = make_consultation(home_page)
    moderator = get_user_model().objects.create_superuser("mod", "mod@example.org", "pw")
    block_id = consultation.paragraphs[1].block_id
    comment = ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        moderation_status=Contribution.ModerationStatus.PENDING,
    )
    url = f"{consultation.url}results/"
    client.get(consultation.url)
    assert client.get(consultation.url)[HEADER] == "hit"

    services.approve(comment, moderator)
    response = client.get(consultation.url)
    assert response[HEADER] == "stored"
    link = BeautifulSoup(response.text, "html.parser").find(
        "a", href=f"{consultation.url}paragraph/{block_id}/"
    )
    assert link.get_text().strip().startswith("1 Kommentar")

    client.get(url)
    services.hide(comment, moderator, "Beleidigend")
    assert client.get(url)[HEADER] == "stored"


def test_page_cache_can_be_switched_off(client: Client, home_page: HomePage, settings) -> None:
    settings.PAGE_CACHE_SECONDS = 0
    ContentPageFactory(parent=home_page, slug="beratung")
    first, second, _ = get_twice(client, "/beratung/")
    assert HEADER not in first and HEADER not in second
    # Rendered again, from its templates (a warm leaf page may not need a query for it).
    assert "home/content_page.html" in [template.name for template in second.templates]


def test_a_taken_seat_shows_at_once_but_a_pending_registration_purges_nothing(
    client: Client, home_page: HomePage
) -> None:
    # A rush of registrations must not empty the page cache for every reader of the site:
    # only a seat taken, given back or queued for changes what a page shows.
    forum = make_forum(home_page)
    session = ForumSessionPageFactory(parent=forum, slug="wohnen", capacity=1)
    assert client.get(forum.url)[HEADER] == "stored"
    pending = RegistrationFactory(session=session)
    before = client.get(forum.url)
    assert before[HEADER] == "hit"
    forum_services.confirm(pending)
    after = client.get(forum.url)
    assert after[HEADER] == "stored"
    assert "forum-badge--open" in before.text
    assert "forum-badge--waitlist" in after.text
