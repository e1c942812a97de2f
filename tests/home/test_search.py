from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from home.models import HomePage
from tests.factories import ContentPageFactory, translate

pytestmark = pytest.mark.django_db


def test_citizen_finds_pages_of_her_language(client: Client, home_page: HomePage) -> None:
    page = ContentPageFactory(parent=home_page, title="Orientierungsberatung", slug="beratung")
    ContentPageFactory(parent=home_page, title="Regionsfonds", slug="fonds")
    translate(page, "en", {"Orientierungsberatung": "Orientation counselling"})

    german = client.get("/suche/", {"q": "Orientierungsberatung"})
    assert german.status_code == HTTPStatus.OK
    assert result_links(german.text) == ["/beratung/"]

    english = client.get("/en/search/", {"q": "counselling"})
    assert result_links(english.text) == ["/en/beratung/"]


def result_links(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [link["href"] for link in soup.select(".search-results h2 a")]


def test_search_without_results_says_so(client: Client, home_page: HomePage) -> None:
    response = client.get("/en/search/", {"q": "zzzzzz"})
    assert response.status_code == HTTPStatus.OK
    assert "0 results for “zzzzzz”" in response.text


def test_overlong_search_gets_a_translated_message_and_400(
    client: Client, home_page: HomePage
) -> None:
    response = client.get("/suche/", {"q": "x" * 201})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "höchstens 200 Zeichen" in response.text
    assert 'aria-invalid="true"' in response.text


def test_search_escapes_what_was_typed(client: Client, home_page: HomePage) -> None:
    response = client.get("/suche/", {"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_bad_page_number_shows_first_page(client: Client, home_page: HomePage) -> None:
    response = client.get("/suche/", {"q": "Seite", "page": "abc"})
    assert response.status_code == HTTPStatus.OK


def test_search_with_invisible_control_characters_still_answers(
    client: Client, home_page: HomePage
) -> None:
    """PostgreSQL refuses NUL in text: the query must not reach it (found by fuzzing)."""
    response = client.get("/suche/", {"q": "Seite\x00\x01"})
    assert response.status_code == HTTPStatus.OK


def test_results_are_paged_and_a_page_published_later_is_found_at_once(
    client: Client, home_page: HomePage, settings
) -> None:
    """Counts and hits are cached until a page changes; the page cache is off here."""
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(12):
        ContentPageFactory(
            parent=home_page, title=f"Sprachkurs {number}", slug=f"kurs-{number}", intro="Abends"
        )
    first = client.get("/suche/", {"q": "Sprachkurs"})
    second = client.get("/suche/", {"q": "Sprachkurs", "page": 2})
    assert "12 Ergebnisse" in first.text
    assert len(result_links(first.text)) == 10 and len(result_links(second.text)) == 2
    assert not set(result_links(first.text)) & set(result_links(second.text))
    teasers = BeautifulSoup(first.text, "html.parser").select(".search-results p")
    assert [teaser.get_text() for teaser in teasers] == ["Abends"] * 10

    ContentPageFactory(parent=home_page, title="Sprachkurs für Eltern", slug="eltern")
    again = client.get("/suche/", {"q": "Sprachkurs", "page": 2})
    assert "13 Ergebnisse" in again.text
    assert len(result_links(again.text)) == 3
