"""The site's page types in a real browser: accessible in German, English and Arabic,
usable by keyboard, and usable without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Browser, Page, expect
from wagtail.models import Site

from home.models import SiteSettings
from tests.browser.conftest import assert_accessible
from tests.factories import ContentPageFactory, make_site, translate

FULL_BODY = [
    ("heading", {"text": "Was wir anbieten", "level": "h2"}),
    ("paragraph", "<p>Beratung in vielen Sprachen.</p><ul><li>Termine</li><li>Kurse</li></ul>"),
    ("quote", {"text": "Vielfalt ist unsere Stärke.", "attribution": "Leitung der Stabsstelle"}),
    (
        "accordion",
        {
            "title": "Häufige Fragen",
            "items": [{"question": "Kostet die Beratung etwas?", "answer": "<p>Nein.</p>"}],
        },
    ),
    (
        "contact",
        {
            "name": "Front Office",
            "role": "Beratung",
            "phone": "0511 616-00000",
            "email": "a@b.example",
            "note": "",
        },
    ),
    (
        "table",
        {
            "caption": "Fristen",
            "columns": [
                {"type": "text", "heading": "Quartal"},
                {"type": "text", "heading": "Frist"},
            ],
            "rows": [{"values": ["1", "31. März"]}, {"values": ["2", "30. Juni"]}],
        },
    ),
]

STRINGS = {
    "en": {
        "Integration und Teilhabe": "Integration and participation",
        "Über uns": "About us",
        "ueber-uns": "about-us",
        "Handlungsfelder": "Fields of action",
        "handlungsfelder": "fields-of-action",
    },
    "ar": {
        "Integration und Teilhabe": "الاندماج والمشاركة",
        "Über uns": "من نحن",
        "ueber-uns": "man-nahnu",
        "Handlungsfelder": "مجالات العمل",
        "handlungsfelder": "majalat",
    },
}


@pytest.fixture
def site(live_server) -> dict[str, str]:
    """Every page type, in German, English and Arabic; returns their paths per language."""
    home = make_site()
    section = ContentPageFactory(parent=home, title="Handlungsfelder", slug="handlungsfelder")
    ContentPageFactory(parent=section, title="Fördermanagement", slug="foerdermanagement")
    about = ContentPageFactory(parent=home, title="Über uns", slug="ueber-uns", body=FULL_BODY)
    privacy = ContentPageFactory(
        parent=home, title="Datenschutz", slug="datenschutz", show_in_menus=False
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.phone, settings.email, settings.privacy_page = "0511 1", "info@x.example", privacy
    settings.opening_hours = [
        ("hours", {"first_day": "0", "last_day": "4", "opens": "09:00", "closes": "12:00"})
    ]
    settings.save()
    for code in ("en", "ar"):
        for page in (home, section, about):
            translate(page, code, STRINGS[code])
    paths = {
        "de": {"home": "/", "content": "/ueber-uns/", "section": "/handlungsfelder/"},
        "en": {"home": "/en/", "content": "/en/about-us/", "section": "/en/fields-of-action/"},
        "ar": {"home": "/ar/", "content": "/ar/man-nahnu/", "section": "/ar/majalat/"},
    }
    for code, pages in paths.items():
        pages["search"] = search_url(code, "Beratung")
    return paths


def search_url(language: str, query: str) -> str:
    with translation.override(language):
        return f"{reverse('search')}?q={query}"


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_every_page_type_has_no_axe_violations(
    page: Page, axe: Axe, site: dict, language: str
) -> None:
    for path in site[language].values():
        response = page.goto(path)
        assert response.status == 200, path
        assert_accessible(axe, page)
    page.goto(f"/{language}/gibt-es-nicht/" if language != "de" else "/gibt-es-nicht/")
    assert_accessible(axe, page)


def test_arabic_layout_mirrors(page: Page, site: dict) -> None:
    page.goto(site["ar"]["home"])
    assert page.locator("html").get_attribute("dir") == "rtl"
    logo = page.locator(".site-logo").bounding_box()
    search = page.locator(".site-search").bounding_box()
    assert logo["x"] > search["x"], "the logo stands on the right in a right-to-left page"


def test_keyboard_user_skips_to_content_and_changes_language(page: Page, site: dict) -> None:
    page.goto(site["de"]["content"])
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    switcher = page.locator(".language-switcher summary")
    switcher.focus()
    page.keyboard.press("Enter")
    english = page.locator('.language-switcher a[hreflang="en"]')
    expect(english).to_be_visible()
    english.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/about-us/")
    expect(page.locator("h1")).to_have_text("About us")


def test_escape_closes_the_language_menu(page: Page, site: dict) -> None:
    page.goto(site["de"]["home"])
    page.locator(".language-switcher summary").focus()
    page.keyboard.press("Enter")
    expect(page.locator('.language-switcher a[hreflang="en"]')).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator('.language-switcher a[hreflang="en"]')).to_be_hidden()
    expect(page.locator(".language-switcher summary")).to_be_focused()


def test_keyboard_reaches_every_main_menu_item(page: Page, site: dict) -> None:
    page.goto(site["de"]["home"])
    reached = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.textContent.trim()"))
    assert {"Handlungsfelder", "Über uns"} <= reached


def test_site_works_without_javascript(browser: Browser, live_server, site: dict) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site["de"]["home"])
    tab.get_by_role("link", name="Handlungsfelder").first.click()
    expect(tab.locator("h1")).to_have_text("Handlungsfelder")
    tab.goto(site["de"]["content"])
    # Accordions are plain <details>: they open without script.
    tab.get_by_text("Kostet die Beratung etwas?").click()
    expect(tab.get_by_text("Nein.")).to_be_visible()
    tab.locator(".language-switcher summary").click()
    tab.locator('.language-switcher a[hreflang="ar"]').click()
    expect(tab.locator("html")).to_have_attribute("dir", "rtl")
    tab.locator("#site-search-q").fill("Beratung")
    tab.locator("#site-search-q").press("Enter")
    expect(tab.locator("h1")).to_be_visible()
    assert tab.url.endswith(search_url("ar", "Beratung"))
    context.close()


def test_small_screens_need_no_sideways_scrolling(
    browser: Browser, live_server, site: dict
) -> None:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 320, "height": 640})
    tab = context.new_page()
    for language in ("de", "ar"):
        for path in site[language].values():
            tab.goto(path)
            overflow = tab.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, path
    context.close()
