"""The open data API (/api/open/): what it publishes, what it never publishes, its licence,
conditional GET, CSV, the rate limit and the documentation page."""

import json
import re
import time
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils.http import parse_http_date

from home.models import HomePage
from tests.beteiligung.open_data import World, build_world

pytestmark = pytest.mark.django_db

API = "/api/open/"


@pytest.fixture
def world(home_page: HomePage) -> World:
    return build_world(home_page)


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


def every_url(world: World) -> list[str]:
    """Every operation of the API, as JSON and, for lists, as CSV, with and without filters."""
    page = world.consultation.pk
    block = world.published.block_id
    lists = [
        "consultations",
        "contributions",
        f"contributions?consultation={page}&paragraph={block}&status=adopted&language=de",
        "contributions?field_of_action=housing&created_from=2000-01-01&created_until=2999-12-31",
        f"consultations/{page}/changes",
        f"consultations/{page}/changes?language=ar&paragraph={block}",
        "forum/sessions",
        "forum/sessions?field_of_action=housing",
    ]
    urls = [API + url for url in lists]
    urls += [url + ("&" if "?" in url else "?") + "format=csv" for url in urls]
    return [
        *urls,
        f"{API}consultations/{page}",
        f"{API}consultations/{page}/results",
        f"{API}openapi.json",
        f"{API}docs",
    ]


def items(client: Client, url: str) -> list[dict]:
    response = client.get(API + url)
    assert response.status_code == HTTPStatus.OK, body(response)
    return response.json()["items"]


def test_no_personal_data_and_nothing_unpublished_appears_in_any_response(
    client: Client, world: World
) -> None:
    for url in every_url(world):
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, (url, body(response))
        text = body(response)
        for secret in world.secrets:
            assert secret not in text, f"{secret!r} in {url}"


def test_only_published_top_level_contributions_are_listed(client: Client, world: World) -> None:
    listed = {item["id"] for item in items(client, "contributions")}
    assert listed == {world.published.pk}
    assert not listed & {c.pk for c in world.hidden}


def test_a_contribution_shows_its_facts_and_no_personal_or_internal_field(
    client: Client, world: World
) -> None:
    [item] = items(client, "contributions")
    assert item == {
        "id": world.published.pk,
        "consultation": world.consultation.pk,
        "forum_session": None,
        "paragraph": world.published.block_id,
        "paragraph_number": "1.1",
        "paragraph_number_then": "1.1",
        "source": "paragraph_comment",
        "language": "de",
        "field_of_action": "housing",
        "created": item["created"],
        "review_status": "adopted",
        "public_answer": "Wir haben den Absatz überarbeitet.",
        "answered": item["answered"],
    }


def test_contributions_filter_by_status_language_field_of_action_and_date(
    client: Client, world: World
) -> None:
    assert items(client, "contributions?status=adopted")
    assert not items(client, "contributions?status=not_adopted")
    assert not items(client, "contributions?language=ar")
    assert not items(client, "contributions?field_of_action=education")
    assert not items(client, "contributions?created_until=2000-01-01")
    assert not items(client, "contributions?paragraph=elsewhere")
    assert not items(client, f"contributions?consultation={world.session.pk}")


@pytest.mark.parametrize(
    "query",
    [
        "contributions?created_from=0001-01-01&created_until=0001-01-01",
        "contributions?created_from=0001-01-02",
        "contributions?created_until=9999-12-31",
        "forum/sessions?start_from=0001-01-01&start_until=0001-01-01",
        "forum/sessions?start_until=9999-12-31",
    ],
)
def test_days_at_the_ends_of_the_calendar_bound_nothing_rather_than_failing(
    client: Client, world: World, query: str
) -> None:
    # Midnight of 1 January of the year 1 in Hannover is still in the year 0 in UTC,
    # which no datetime can hold: found by schemathesis as a 500.
    found = items(client, query)
    assert bool(found) == ("9999" in query or "0001-01-02" in query)


def test_changes_list_the_published_comment_and_the_letter_without_its_sender(
    client: Client, world: World
) -> None:
    [change] = items(client, f"consultations/{world.consultation.pk}/changes")
    assert change["from_version"] == 1 and change["to_version"] == 2
    assert change["status"] == "changed"
    assert "überarbeitet" in change["new_text"]
    assert change["contributions"] == [
        {"id": world.published.pk, "source": "paragraph_comment", "review_status": "adopted"},
        {"id": world.letter.pk, "source": "offline", "review_status": "adopted"},
    ]


def test_a_consultation_gives_its_document_with_ids_numbers_and_text(
    client: Client, world: World
) -> None:
    response = client.get(f"{API}consultations/{world.consultation.pk}")
    data = response.json()
    assert [v["number"] for v in data["consultation"]["versions"]] == [1, 2]
    numbers = [block["number"] for block in data["document"]]
    assert numbers[:3] == ["1", "1.1", "1.2"]
    assert data["document"][1]["id"] == world.published.block_id
    assert data["document"][1]["text"]["de"].startswith("Absatz 1.1, überarbeitet")


def test_results_count_published_contributions_by_status_and_field_of_action(
    client: Client, world: World
) -> None:
    data = client.get(f"{API}consultations/{world.consultation.pk}/results").json()
    assert data["total"] == 1
    assert {"key": "adopted", "count": 1, "share": 100} in data["by_status"]
    assert data["by_field_of_action"] == [{"key": "housing", "count": 1, "share": 100}]


def test_forum_sessions_carry_their_results(client: Client, world: World) -> None:
    [session] = items(client, "forum/sessions")
    assert session["results"] == [
        {"id": "result-1", "text": {"de": "Mehr Beratung in Stadtteilen."}}
    ]
    assert session["field_of_action"] == "housing"


@pytest.mark.parametrize(
    "url", ["consultations", "contributions", "forum/sessions", "consultations/{page}/results"]
)
def test_every_response_names_its_licence_and_source(
    client: Client, world: World, settings, url: str
) -> None:
    settings.OPEN_DATA_LICENCE = {"name": "Eigene Lizenz", "url": "https://example.net/licence"}
    data = client.get(API + url.format(page=world.consultation.pk)).json()
    assert data["meta"] == {
        "licence": {"name": "Eigene Lizenz", "url": "https://example.net/licence"},
        "publisher": "Region Hannover, Stabsstelle Integration und Teilhabe",
        "source": "http://testserver/",
    }


def test_the_licence_defaults_to_datenlizenz_deutschland(client: Client, world: World) -> None:
    data = client.get(f"{API}contributions").json()
    assert data["meta"]["licence"]["url"] == "https://www.govdata.de/dl-de/by-2-0"


def test_a_csv_download_holds_the_whole_list_and_names_the_licence(
    client: Client, world: World
) -> None:
    response = client.get(f"{API}contributions?format=csv&limit=1")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'rel="license"' in response["Link"]
    lines = body(response).lstrip("\ufeff").splitlines()
    assert lines[0].startswith("id,consultation,forum_session,paragraph,paragraph_number")
    assert lines[1].startswith(f"{world.published.pk},{world.consultation.pk},")
    assert len(lines) == 2


@pytest.mark.parametrize("subpage", ["results/", "report/"])
def test_results_and_report_pages_link_to_the_open_data_as_csv(
    client: Client, world: World, subpage: str
) -> None:
    page = BeautifulSoup(client.get(f"{world.consultation.url}{subpage}").text, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in page.select(".open-data-links a")}
    contributions = next(url for text, url in links.items() if "Beiträge" in text)
    changes = next(url for text, url in links.items() if "Änderungen" in text)

    listed = client.get(contributions)
    assert listed["Content-Type"] == "text/csv; charset=utf-8"
    rows = body(listed).lstrip("\ufeff").splitlines()[1:]
    assert [row.split(",")[0] for row in rows] == [str(world.published.pk)]
    changed = client.get(changes)
    assert changed["Content-Type"] == "text/csv; charset=utf-8"
    assert str(world.published.pk) in body(changed)
    assert page.select_one("#open-data-heading") is not None


def test_a_client_polling_with_the_etag_gets_304_until_something_changes(
    client: Client, world: World
) -> None:
    url = f"{API}contributions"
    first = client.get(url)
    etag = first["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == HTTPStatus.NOT_MODIFIED
    world.published.review_status = "partly_adopted"
    world.published.save()
    again = client.get(url, headers={"if-none-match": etag})
    assert again.status_code == HTTPStatus.OK
    assert again["ETag"] != etag


def test_a_client_polling_with_if_modified_since_gets_304_until_something_changes(
    client: Client, world: World
) -> None:
    url = f"{API}contributions"
    fresh = client.get(url)
    # A body first seen within this second gets its date from the next second on.
    assert "Last-Modified" not in fresh
    time.sleep(1.1)
    first = client.get(url)
    since = first["Last-Modified"]
    assert parse_http_date(since) <= time.time() - 1
    assert first["ETag"] == fresh["ETag"]
    unchanged = client.get(url, headers={"if-modified-since": since})
    assert unchanged.status_code == HTTPStatus.NOT_MODIFIED
    assert unchanged.content == b""

    world.published.review_status = "partly_adopted"
    world.published.save()
    changed = client.get(url, headers={"if-modified-since": since})
    assert changed.status_code == HTTPStatus.OK
    assert "partly_adopted" in body(changed)
    time.sleep(1.1)
    assert parse_http_date(client.get(url)["Last-Modified"]) > parse_http_date(since)


def test_each_address_has_its_own_last_modified(client: Client, world: World) -> None:
    client.get(f"{API}contributions")
    time.sleep(1.1)
    client.get(f"{API}consultations")
    time.sleep(1.1)
    listed = parse_http_date(client.get(f"{API}contributions")["Last-Modified"])
    consultations = parse_http_date(client.get(f"{API}consultations")["Last-Modified"])
    assert consultations > listed


def test_too_many_requests_from_one_address_get_429_in_json(
    client: Client, world: World, settings
) -> None:
    settings.RATELIMIT_API_PER_IP = "2/m"
    statuses = [client.get(f"{API}consultations").status_code for _ in range(3)]
    assert statuses == [HTTPStatus.OK, HTTPStatus.OK, HTTPStatus.TOO_MANY_REQUESTS]
    response = client.get(f"{API}contributions")
    assert response["Content-Type"] == "application/json"
    assert "detail" in json.loads(response.content)


def test_an_unknown_consultation_is_404_in_json(client: Client, world: World) -> None:
    response = client.get(f"{API}consultations/{world.session.pk}")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert response.json() == {"detail": "Not Found"}


def test_the_documentation_loads_nothing_from_another_origin(client: Client, world: World) -> None:
    response = client.get(f"{API}docs")
    assert response.status_code == HTTPStatus.OK
    html = body(response)
    loaded = re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", html)
    for tag in loaded:
        address = re.search(r'(?:src|href)="([^"]*)"', tag)
        assert address is None or not re.match(r"(https?:)?//", address.group(1)), tag
    assert "<style" not in html and " style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert "swagger" not in html.lower() and "cdn" not in html.lower()


def test_the_documentation_lists_every_operation_with_headings_and_labelled_tables(
    client: Client, world: World
) -> None:
    html = body(client.get(f"{API}docs", headers={"accept-language": "en"}))
    schema = client.get(f"{API}openapi.json").json()
    for path in schema["paths"]:
        assert f"GET {path}</code></h3>" in html
    assert html.count("<h1>") == 1
    assert html.count("<table>") == html.count("<caption>")
    assert 'lang="en"' in html
    assert 'href="/api/open/openapi.json"' in html


def test_ninjas_own_swagger_docs_are_switched_off(client: Client) -> None:
    assert client.get(f"{API}docs/").status_code == HTTPStatus.NOT_FOUND
