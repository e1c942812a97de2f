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
