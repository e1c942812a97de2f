"""The footer, the breadcrumb and the language switcher never lead to a page that is not
published or that only some people may see: a link to it would show a 404, a password
form or a login, and would tell strangers that the page exists."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import PageViewRestriction, Site

from home.models import HomePage, SiteSettings
from tests.factories import ContentPageFactory, translate

pytestmark = pytest.mark.django_db


def restrict(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def footer_links(client: Client, path: str = "/") -> list[str]:
    """The footer's links to pages (the "My data" link is always there)."""
    footer = BeautifulSoup(client.get(path).text, "html.parser").find("footer")
    links = [link["href"] for link in footer.select(".site-footer__links a")]
    return [href for href in links if "/meine-daten/" not in href and "/my-data/" not in href]


def test_footer_leaves_out_pages_that_are_unpublished_or_restricted(
    client: Client, home_page: HomePage
) -> None:
    privacy = ContentPageFactory(parent=home_page, title="Datenschutz", slug="datenschutz")
    imprint = ContentPageFactory(parent=home_page, title="Impressum", slug="impressum")
    easy = ContentPageFactory(parent=home_page, title="Leichte Sprache", slug="leicht")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.imprint_page = imprint
    site_settings.easy_language_page = easy
    site_settings.save()
    assert footer_links(client) == ["/leicht/", "/datenschutz/", "/impressum/"]

    imprint.unpublish()
    restrict(easy)
    assert footer_links(client) == ["/datenschutz/"]


def test_footer_falls_back_to_german_only_where_that_page_is_public(
    client: Client, home_page: HomePage
) -> None:
    privacy = ContentPageFactory(parent=home_page, title="Datenschutz", slug="datenschutz")
    english = translate(privacy, "en", {"Datenschutz": "Privacy", "datenschutz": "privacy"})
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.save()
    restrict(english)
    assert footer_links(client, "/en/") == ["/datenschutz/"]


def test_breadcrumb_does_not_link_to_an_unpublished_parent(
    client: Client, home_page: HomePage
) -> None:
    section = ContentPageFactory(parent=home_page, title="Bereich", slug="bereich")
    page = ContentPageFactory(parent=section, title="Seite", slug="seite")
    section.unpublish()  # the page below stays published
    page.refresh_from_db()
    assert page.live
    soup = BeautifulSoup(client.get("/bereich/seite/").text, "html.parser")
    hrefs = [link["href"] for link in soup.select(".breadcrumb a")]
    assert "/bereich/" not in hrefs
    assert hrefs[-1] == "/bereich/seite/"


def test_switcher_does_not_lead_to_a_restricted_translation(
    client: Client, home_page: HomePage
) -> None:
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    english = translate(page, "en", {"Über uns": "About us", "ueber-uns": "about-us"})
    restrict(english)
    html = client.get("/ueber-uns/").text
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/"
    assert soup.select_one('link[rel="alternate"][hreflang="en"]') is None
