"""Done when: the results of a consultation read well with assistive technology in German,
English and Arabic, and print without the filter form."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import Page, expect
from wagtail.models import Locale

from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, TopicFactory, make_consultation
from tests.browser.conftest import assert_accessible
from tests.factories import make_site, translate

Status = Contribution.ReviewStatus


@pytest.fixture
def consultation(live_server) -> dict[str, ConsultationPage]:
    """A consultation under evaluation with answered contributions in two languages."""
    now = timezone.now()
    german = make_consultation(
        make_site(),
        opens_at=now - datetime.timedelta(days=30),
        closes_at=now - datetime.timedelta(days=1),
    )
    versions = {"de": german}
    versions["ar"] = translate(german, "ar", {"Integrationskonzept 2027": "مفهوم الاندماج 2027"})
    versions["en"] = translate(german, "en", {"Integrationskonzept 2027": "Integration concept"})
    education = TopicFactory(name="Bildung und Sprache")
    TopicFactory(
        name="التعليم واللغة",
        locale=Locale.objects.get(language_code="ar"),
        translation_key=education.translation_key,
    )
    work = TopicFactory(name="Wirtschaft und Arbeit")
    block_id = german.paragraphs[-1].block_id
    for number, status in enumerate(Status.values):
        ContributionFactory(
            consultation=german,
            block_id=block_id,
            paragraph_number="3.2",
            topic=(education, work, None)[number % 3],
            review_status=status,
            public_answer=f"Antwort {number}." if number % 2 else "",
        )
    ContributionFactory(
        consultation=versions["ar"],
        language="ar",
        topic=education,
        organisation="جمعية الجالية",
        source=Contribution.Source.STATEMENT,
        text="نقترح دورات لغة مسائية.",
        review_status=Status.ADOPTED,
        public_answer="Wird umgesetzt.",
    )
    return versions


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_results_page_is_accessible_in_every_script(
    page: Page, axe: Axe, consultation: dict, language: str
) -> None:
    page.goto(f"{consultation[language].url}results/")
    expect(page.locator(".results-table")).to_have_count(4)
    expect(page.locator(".results-list article")).to_have_count(6)
    assert_accessible(axe, page)

    page.locator("#results-status").select_option("adopted")
    page.locator(".results-filter button[type=submit]").click()
    expect(page.locator(".results-list article")).to_have_count(2)
    assert_accessible(axe, page)


def test_results_page_prints_without_the_filter_form(page: Page, consultation: dict) -> None:
    page.goto(f"{consultation['de'].url}results/")
    expect(page.locator(".results-filter")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".results-filter")).to_be_hidden()
    expect(page.locator(".site-header__tools")).to_be_hidden()
    expect(page.locator(".results-table").first).to_be_visible()
    expect(page.locator(".results-list .answer").first).to_be_visible()
    expect(page.locator(".contribution__actions a").first).to_be_hidden()
    assert page.pdf(format="A4")[:4] == b"%PDF"
