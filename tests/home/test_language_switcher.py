from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from wagtail_localize.models import LocaleSynchronization

from home.models import HomePage
from tests.factories import ContentPageFactory, ensure_locales, translate

pytestmark = pytest.mark.django_db


def switcher_links(html: str) -> dict[str, BeautifulSoup]:
    soup = BeautifulSoup(html, "html.parser")
    return {link["hreflang"]: link for link in soup.select(".language-switcher a[hreflang]")}


def test_switcher_offers_every_site_language_named_in_itself(
    client: Client, home_page: HomePage
) -> None:
    links = switcher_links(client.get("/").text)
    assert list(links) == [code for code, _ in settings.LANGUAGES]
    assert links["ar"].get_text(strip=True).startswith("العربية")
    assert links["ar"]["dir"] == "rtl"
    assert links["de"]["aria-current"] == "true"


def test_switcher_leads_to_the_translation_of_the_same_page(
    client: Client, home_page: HomePage
) -> None:
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    translate(page, "en", {"Über uns": "About us", "ueber-uns": "about-us"})
    links = switcher_links(client.get("/ueber-uns/").text)
    assert links["en"]["href"] == "/en/about-us/"
    assert "language-switcher__note" not in str(links["en"])
    back = switcher_links(client.get("/en/about-us/").text)
    assert back["de"]["href"] == "/ueber-uns/"


def test_switcher_says_so_where_no_translation_exists(client: Client, home_page: HomePage) -> None:
    ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    links = switcher_links(client.get("/ueber-uns/").text)
    assert links["tr"]["href"] == "/tr/"
    # The note is written in the language the link leads to.
    assert "sayfa" in links["tr"].find(class_="language-switcher__note").get_text().lower()


def test_synchronised_page_shows_german_content_with_a_notice(
    client: Client, home_page: HomePage
) -> None:
    locales = ensure_locales()
    LocaleSynchronization.objects.create(locale=locales["uk"], sync_from=locales["de"])
    ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    LocaleSynchronization.objects.get(locale=locales["uk"]).sync_trees()

    response = client.get("/uk/ueber-uns/")
    assert response.status_code == HTTPStatus.OK
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.html["lang"] == "uk"
    assert soup.select_one(".page-content")["lang"] == "de"
    assert soup.select_one("p.notice[role=note]") is not None
    assert "language-switcher__note" in str(switcher_links(response.text)["uk"])


def test_head_names_only_real_translations_as_alternates(
    client: Client, home_page: HomePage
) -> None:
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    translate(page, "en", {"Über uns": "About us", "ueber-uns": "about-us"})
    soup = BeautifulSoup(client.get("/ueber-uns/").text, "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate]")}
    assert alternates == {
        "de": "http://localhost/ueber-uns/",
        "en": "http://localhost/en/about-us/",
        "x-default": "http://localhost/ueber-uns/",
    }


def test_switcher_on_search_page_keeps_the_search(client: Client, home_page: HomePage) -> None:
    links = switcher_links(client.get("/suche/?q=Beratung").text)
    assert links["en"]["href"] == "/en/search/?q=Beratung"


def test_untranslated_menu_items_are_marked_as_german(client: Client, home_page: HomePage) -> None:
    locales = ensure_locales()
    LocaleSynchronization.objects.create(locale=locales["ar"], sync_from=locales["de"])
    ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    LocaleSynchronization.objects.get(locale=locales["ar"]).sync_trees()
    soup = BeautifulSoup(client.get("/ar/ueber-uns/").text, "html.parser")
    assert soup.select_one(".main-menu a")["lang"] == "de"
    assert soup.select_one(".breadcrumb a[aria-current]")["lang"] == "de"
