"""Menus, breadcrumbs, language links and site settings come from the cache, and what an
editor publishes shows at once."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client
from wagtail.models import Site

from home import caching
from home.models import HomePage, SiteSettings
from tests.factories import ContentPageFactory, translate

pytestmark = pytest.mark.django_db


def menu_titles(client: Client, url: str = "/") -> list[str]:
    menu = BeautifulSoup(client.get(url).text, "html.parser").find("nav", class_="main-menu")
    return [link.get_text() for link in menu.find_all("a")] if menu else []


def test_published_page_appears_in_the_menu_at_once(client: Client, home_page: HomePage) -> None:
    ContentPageFactory(parent=home_page, title="Beratung")
    assert menu_titles(client) == ["Beratung"]
    ContentPageFactory(parent=home_page, title="Forum", live=False)
    assert menu_titles(client) == ["Beratung"]

    draft = home_page.get_children().get(title="Forum").specific
    draft.save_revision().publish()
    assert menu_titles(client) == ["Beratung", "Forum"]


def test_renamed_and_unpublished_pages_change_menu_and_breadcrumb_at_once(
    client: Client, home_page: HomePage
) -> None:
    section = ContentPageFactory(parent=home_page, title="Beratung", slug="beratung")
    ContentPageFactory(parent=section, title="Sprechzeiten", slug="sprechzeiten")
    client.get("/beratung/sprechzeiten/")

    section.title = "Orientierungsberatung"
    section.save_revision().publish()
    page = BeautifulSoup(client.get("/beratung/sprechzeiten/").text, "html.parser")
    assert "Orientierungsberatung" in page.find("nav", class_="breadcrumb").get_text()
    assert menu_titles(client) == ["Orientierungsberatung"]

    section.unpublish()
    assert menu_titles(client) == []


def test_new_translation_shows_in_the_language_switcher_at_once(
    client: Client, home_page: HomePage
) -> None:
    page = ContentPageFactory(parent=home_page, title="Beratung", slug="beratung")
    switcher = BeautifulSoup(client.get("/beratung/").text, "html.parser")
    assert switcher.find("a", hreflang="en")["href"] == "/en/"

    translate(page, "en", {"Beratung": "Advice", "beratung": "advice"})
    switcher = BeautifulSoup(client.get("/beratung/").text, "html.parser")
    english = switcher.find("a", hreflang="en")
    assert english["href"] == "/en/advice/"
    assert "start page" not in english.get_text()


def test_changed_site_settings_show_at_once(client: Client, home_page: HomePage) -> None:
    assert client.get("/").status_code == HTTPStatus.OK
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.phone = "0511 616-12345"
    settings.save()
    footer = BeautifulSoup(client.get("/").text, "html.parser").find("footer")
    assert footer.find("a", href="tel:0511616-12345")


def test_health_checks_do_not_look_up_the_site(
    client: Client, home_page: HomePage, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):
        client.get("/healthz/")


def test_a_request_reads_the_generation_once_even_where_code_has_no_request_at_hand(
    rf,
) -> None:
    # Services and models call generation() without the request: during a request they
    # share its one reading, so a form's POST does not ask Redis again for every lookup;
    # a new generation started within the request is read anew.
    seen = []

    def view(request):
        seen.append(caching.generation())
        cache.set(caching.GENERATION_KEY, 1)  # another server starts a generation
        seen.append(caching.generation())
        caching.new_generation()
        seen.append(caching.generation())
        return HttpResponse()

    caching.CachedLookupsMiddleware(view)(rf.get("/"))
    first, same, renewed = seen
    assert same == first
    assert renewed not in (first, 1)
    assert caching.generation() == renewed  # outside a request: read every time
