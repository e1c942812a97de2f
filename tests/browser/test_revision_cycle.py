"""Done when: a citizen who commented on paragraph 3.2 gets the answer e-mail, follows its
link and sees the new wording beside the old, with their comment listed under the change;
the comparison and the report pass axe in German, English and Arabic."""

import datetime
import json
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import Page, expect

from beteiligung import cycle, services
from beteiligung.models import ConceptVersion, ConsultationPage
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.browser.conftest import assert_accessible
from tests.factories import make_site, translate

LANGUAGES = ["de", "en", "ar"]


@pytest.fixture
def revised(live_server) -> dict:
    german = make_consultation(make_site())
    for code in ("en", "ar"):
        translate(german, code, {"Integrationskonzept 2027": f"Integrationskonzept ({code})"})
    first = cycle.freeze_version(
        german, name="Entwurf", step=ConceptVersion.Step.DRAFT, date=datetime.date(2026, 11, 1)
    )
    paragraph = german.paragraphs[-1]  # 3.2
    comment = ContributionFactory(
        consultation=german,
        block_id=paragraph.block_id,
        paragraph_number=paragraph.number,
        text="Bitte Sprachkurse auch am Wochenende.",
        notify_on_answer=True,
        version=first,
    )
    raw = german.document.get_prep_value()
    raw[-1]["value"] = "<p>Abschnitt 3.2 mit Sprachkursen auch am Wochenende</p>"
    german.document = json.dumps(raw)
    german.save_revision().publish()
    german = ConsultationPage.objects.get(pk=german.pk)
    pages = {"de": german}
    for code in ("en", "ar"):  # the translations follow the source, as after a sync
        pages[code] = translate(german, code, {})
    second = cycle.freeze_version(
        german, name="Überarbeitet", step=ConceptVersion.Step.REVISION, date=datetime.date.today()
    )
    return {"pages": pages, "comment": comment, "block_id": paragraph.block_id, "v2": second}


def test_citizen_follows_the_answer_mail_to_the_change_and_finds_their_comment(
    page: Page, axe: Axe, revised: dict
) -> None:
    comment, block_id = revised["comment"], revised["block_id"]
    before = services.review_snapshot(comment)
    cycle.set_change_links(comment, [f"{revised['v2'].pk}:{block_id}"])
    comment.review_status = "adopted"
    comment.public_answer = "Ab 2027 gibt es Kurse am Wochenende."
    comment.save()
    services.record_review(comment, None, before)

    [answer] = mail.outbox
    link = re.search(r"https?://\S+", answer.body).group()
    parts = urlsplit(link)
    page.goto(f"{parts.path}?{parts.query}#{parts.fragment}")

    change = page.locator(f"#change-{block_id}")
    expect(change.locator("del")).to_contain_text("Absatz")
    expect(change.locator("ins").last).to_contain_text("Wochenende")
    expect(change.locator(".change__contributions")).to_contain_text(
        "Bitte Sprachkurse auch am Wochenende."
    )
    expect(change.locator(".change__contributions")).to_contain_text(
        "Ab 2027 gibt es Kurse am Wochenende."
    )
    assert_accessible(axe, page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_version_and_report_pages_have_no_axe_violations(
    page: Page, axe: Axe, revised: dict, language: str
) -> None:
    consultation = revised["pages"][language]
    for route in ("compare/", "report/", "version/1/", ""):
        page.goto(consultation.url + route)
        expect(page.locator("h1")).to_be_visible()
        assert_accessible(axe, page)
