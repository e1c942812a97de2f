"""Search engines find every page in every language through /sitemap.xml, and /robots.txt
keeps them out of the admin and away from personal confirmation links."""

import re
from http import HTTPStatus
from xml.etree import ElementTree

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction
from wagtail_localize.models import LocaleSynchronization

from home.models import HomePage
from tests.factories import ContentPageFactory, ensure_locales, translate
from tests.support.queries import queries_for

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client: Client) -> dict[str, dict[str, str]]:
    """Each listed address with its alternates by hreflang."""
    response = client.get("/sitemap.xml")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("application/xml")
    urls = {}
    for url in ElementTree.fromstring(response.content).findall("s:url", NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        urls[url.findtext("s:loc", namespaces=NS)] = alternates
    return urls


@pytest.fixture
def about(home_page: HomePage):
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    translate(home_page, "en", {"Integration und Teilhabe": "Integration and participation"})
    translate(page, "en", {"Über uns": "About us", "ueber-uns": "about-us"})
    translate(page, "ar", {"Über uns": "من نحن", "ueber-uns": "man-nahnu"})
    return page


def test_sitemap_lists_every_page_in_every_language_with_its_alternates(
    client: Client, about
) -> None:
    urls = sitemap(client)
    assert {f"{ROOT}/ueber-uns/", f"{ROOT}/en/about-us/", f"{ROOT}/ar/man-nahnu/"} <= set(urls)
    assert {f"{ROOT}/", f"{ROOT}/en/"} <= set(urls)
    expected = {
        "de": f"{ROOT}/ueber-uns/",
        "en": f"{ROOT}/en/about-us/",
        "ar": f"{ROOT}/ar/man-nahnu/",
        "x-default": f"{ROOT}/ueber-uns/",
    }
    for address in (f"{ROOT}/ueber-uns/", f"{ROOT}/ar/man-nahnu/"):
        assert urls[address] == expected


def test_sitemap_leaves_out_drafts_private_pages_and_untranslated_copies(
    client: Client, home_page: HomePage
) -> None:
    ContentPageFactory(parent=home_page, slug="entwurf", live=False)
    private = ContentPageFactory(parent=home_page, slug="intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    locales = ensure_locales()
    LocaleSynchronization.objects.create(locale=locales["uk"], sync_from=locales["de"])
    ContentPageFactory(parent=home_page, slug="oeffentlich")
    LocaleSynchronization.objects.get(locale=locales["uk"]).sync_trees()

    urls = set(sitemap(client))
    assert f"{ROOT}/oeffentlich/" in urls
    assert f"{ROOT}/entwurf/" not in urls
    assert f"{ROOT}/intern/" not in urls
    # The Ukrainian copy shows the German text: its canonical address is the German page.
    assert not [url for url in urls if url.startswith(f"{ROOT}/uk/")]


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(
    client: Client, home_page: HomePage
) -> None:
    def grow(count: int) -> None:
        for _ in range(count):
            translate(ContentPageFactory(parent=home_page), "en")

    translate(home_page, "en")
    grow(2)
    small = queries_for(client, "/sitemap.xml")
    grow(10)
    assert queries_for(client, "/sitemap.xml") == small


def robots_rules(text: str) -> list[tuple[str, re.Pattern]]:
    """(Allow/Disallow, pattern) per RFC 9309: "*" matches anything, "$" ends the path."""
    rules = []
    for line in text.splitlines():
        field, _, value = line.partition(":")
        if field.strip().lower() in ("allow", "disallow") and value.strip():
            pattern = re.escape(value.strip()).replace(r"\*", ".*").replace(r"\$", "$")
            rules.append((field.strip().lower(), re.compile(pattern)))
    return rules


def crawlable(rules: list[tuple[str, re.Pattern]], path: str) -> bool:
    """The longest matching rule decides; no rule means allowed."""
    matches = [(len(rule.pattern), kind) for kind, rule in rules if rule.match(path)]
    return not matches or max(matches)[1] == "allow"


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_personal_links(
    client: Client, home_page: HomePage
) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert f"Sitemap: {ROOT}/sitemap.xml" in response.text.splitlines()
    rules = robots_rules(response.text)
    for path in (
        "/admin/",
        "/admin/pages/3/edit/",
        "/beteiligung/integrationskonzept/confirm/?token=abc",
        "/en/participation/concept/confirm/",
        "/rueckmeldung/confirm/?token=abc",
        "/forum/sitzung/confirm/?token=abc",
        "/ar/forum/sitzung/cancel/?token=abc",
    ):
        assert not crawlable(rules, path), path
    for path in ("/", "/ueber-uns/", "/en/", "/beteiligung/integrationskonzept/", "/sitemap.xml"):
        assert crawlable(rules, path), path
