"""An Arabic reader of the demo finds the consultation and a forum session's registration
through the menu, without meeting a German page title on the way."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from wagtail.models import Page as WagtailPage

from tests.browser.conftest import assert_accessible


@pytest.fixture
def german_titles(demo: None) -> set[str]:
    return set(
        WagtailPage.objects.filter(locale__language_code="de").values_list("title", flat=True)
    )


def titles_on(page: Page) -> list[str]:
    """What names pages here: the document title (before the site name), the heading, the
    main menu and the breadcrumb."""
    document_title = page.title().rsplit(" – ", 1)[0]
    links = page.locator(".main-menu a, .breadcrumb a").all_inner_texts()
    return [document_title, page.locator("h1").inner_text(), *links]


def assert_arabic(page: Page, axe: Axe, german_titles: set[str]) -> None:
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    texts = [text.strip() for text in titles_on(page)]
    assert [text for text in texts if text in german_titles] == [], page.url
    assert_accessible(axe, page)


def test_arabic_reader_reaches_the_consultation_and_a_forum_registration(
    page: Page, axe: Axe, german_titles: set[str]
) -> None:
    page.goto("/ar/")
    assert_arabic(page, axe, german_titles)

    page.locator(".main-menu").get_by_role("link", name="شارك برأيك").click()
    assert_arabic(page, axe, german_titles)
    page.locator("main").get_by_role("link", name="أبدِ رأيك وشارك").first.click()
    assert_arabic(page, axe, german_titles)
    page.locator("main a[href$='/integrationskonzept-2027/']").first.click()
    expect(page.locator("h1")).to_contain_text("خطة الاندماج")
    assert_arabic(page, axe, german_titles)

    page.locator(".main-menu").get_by_role("link", name="المنتدى بين الثقافات").click()
    assert_arabic(page, axe, german_titles)
    page.locator("main").get_by_role("link", name="السكن في المنطقة").first.click()
    assert_arabic(page, axe, german_titles)
    page.locator("main a.button[href$='register/']").first.click()
    expect(page.locator("form button[type=submit]").last).to_be_visible()
    assert_arabic(page, axe, german_titles)
