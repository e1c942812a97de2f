"""The feedback form in a real browser: accessible in German, English and Arabic, also
when it shows errors."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from beteiligung.models import FeedbackPage
from tests.browser.conftest import assert_accessible
from tests.factories import make_site, translate


@pytest.fixture
def feedback_pages(live_server) -> dict[str, str]:
    home = make_site()
    page = FeedbackPage(title="Feedback", slug="feedback", intro="<p>Ihre Meinung zählt.</p>")
    home.add_child(instance=page)
    urls = {"de": page.url}
    for code in ("en", "ar"):
        urls[code] = translate(page, code, {}).url
    return urls


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_feedback_form_has_no_axe_violations(
    page: Page, axe: Axe, feedback_pages: dict, language: str
) -> None:
    page.goto(feedback_pages[language])
    assert_accessible(axe, page)
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(axe, page)
