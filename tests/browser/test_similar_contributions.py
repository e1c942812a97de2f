"""Done when: an evaluator groups the inbox into near-duplicates, picks the group of three,
answers all three in one go and links them to the change they led to; each of them then
carries the answer and the link."""

import datetime
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import Page, expect

from beteiligung import cycle
from beteiligung.models import ConceptVersion, ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.factories import make_site

EVENING = [
    "Bitte mehr Sprachkurse am Abend anbieten, damit Berufstätige teilnehmen können.",
    "Bitte bieten Sie mehr Sprachkurse am Abend an, damit auch Berufstätige teilnehmen können.",
    "Mehr Sprachkurse abends, damit Berufstätige teilnehmen können!",
]
GARBSEN = [
    "Die Beratungsstellen in Garbsen sollten länger geöffnet sein.",
    "Die Beratungsstelle in Garbsen sollte länger geöffnet sein, auch samstags.",
]


@pytest.fixture
def inbox(live_server) -> dict:
    german = make_consultation(make_site())
    cycle.freeze_version(
        german, name="Entwurf", step=ConceptVersion.Step.DRAFT, date=datetime.date(2026, 11, 1)
    )
    paragraph = german.paragraphs[-1]
    raw = german.document.get_prep_value()
    raw[-1]["value"] = "<p>Absatz 3.2 mit Sprachkursen am Abend</p>"
    german.document = json.dumps(raw)
    german.save_revision().publish()
    german = ConsultationPage.objects.get(pk=german.pk)
    second = cycle.freeze_version(
        german, name="Überarbeitet", step=ConceptVersion.Step.REVISION, date=datetime.date.today()
    )
    evening = [
        ContributionFactory(consultation=german, block_id=p.block_id, text=text)
        for p, text in zip(german.paragraphs, EVENING, strict=False)
    ]
    for text in [*GARBSEN, "Mehr Grünflächen in Laatzen."]:
        ContributionFactory(consultation=german, text=text)
    # The evaluation group, as its migration makes it (a browser test empties the tables).
    group, _created = Group.objects.get_or_create(name="Evaluation")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="review_contribution"),
    )
    user = get_user_model().objects.create_user("eva", "eva@example.org", "geheim-123")
    user.groups.add(group)
    return {"evening": evening, "change": f"{second.pk}:{paragraph.block_id}"}


def test_evaluator_answers_a_group_of_similar_contributions_in_one_go(
    page: Page, inbox: dict
) -> None:
    page.goto("/admin/login/")
    page.locator("#id_username").fill("eva")
    page.locator("#id_password").fill("geheim-123")
    page.locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto("/admin/inbox/")
    page.locator("a[href^='/admin/inbox/similar/']").click()
    expect(page).to_have_url(re.compile(r"/admin/inbox/similar/"))
    groups = page.locator("section.similar-group")
    expect(groups).to_have_count(2)
    largest = groups.first
    expect(largest.locator("h2")).to_contain_text("3")
    for text in EVENING:
        expect(largest).to_contain_text(text)

    largest.locator("a[href*='/bulk/beteiligung/contribution/answer/']").click()
    page.locator("#id_review_status").select_option("adopted")
    page.locator("#id_public_answer").fill("Ab 2027 gibt es Sprachkurse am Abend.")
    page.locator(f"input[name=changes][value='{inbox['change']}']").check()
    page.locator("main form button[type=submit], main form input[type=submit]").first.click()

    expect(page).to_have_url(re.compile(r"/admin/inbox/similar/"))
    expect(page.locator(".messages")).to_contain_text("3")
    for contribution in inbox["evening"]:
        contribution.refresh_from_db()
        assert contribution.review_status == Contribution.ReviewStatus.ADOPTED
        assert contribution.public_answer == "Ab 2027 gibt es Sprachkurse am Abend."
        assert [
            f"{link.version_id}:{link.block_id}" for link in contribution.change_links.all()
        ] == [inbox["change"]]
    assert Contribution.objects.exclude(public_answer="").count() == 3

    # Each of them now lists the others as similar, answered.
    first = inbox["evening"][0]
    page.goto(f"/admin/inbox/edit/{first.pk}/")
    similar = page.locator(".similar-contributions__item")
    expect(similar).to_have_count(2)
    expect(similar.first).to_contain_text("beantwortet")
