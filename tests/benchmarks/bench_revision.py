"""The revision cycle at the size of a real concept: 300 paragraphs in two versions (every
tenth reworded), 10,000 contributions and 500 links from contributions to changes.
`make benchmarks`."""

import datetime
import json
import random

import pytest
from django.test import Client
from django.utils import timezone

from beteiligung import cycle
from beteiligung.models import ChangeLink, ConceptVersion, ConsultationPage, Contribution
from tests.benchmarks.harness import PAGE_TARGET, TRIVIAL_URL, measure, report
from tests.beteiligung.factories import document, make_consultation
from tests.factories import make_site

PARAGRAPHS, CONTRIBUTIONS, LINKS = 300, 10_000, 500


@pytest.mark.django_db
def test_comparison_and_report_with_300_paragraphs_10000_contributions_500_links() -> None:
    client = Client()
    page = make_consultation(
        make_site(), document=json.dumps(document(chapters=30, paragraphs_per_chapter=10))
    )
    page.save_revision().publish()
    today = datetime.date.today()
    first = cycle.freeze_version(page, name="Entwurf", step=ConceptVersion.Step.DRAFT, date=today)
    raw = page.document.get_prep_value()
    for number, block in enumerate(raw):
        if block["type"] != "chapter" and number % 10 == 1:
            block["value"] = block["value"].replace("Absatz", "Überarbeiteter Absatz")
    page.document = json.dumps(raw)
    page.save_revision().publish()
    page = ConsultationPage.objects.get(pk=page.pk)
    second = cycle.freeze_version(
        page, name="Überarbeitet", step=ConceptVersion.Step.REVISION, date=today
    )
    paragraphs = [p for p in page.paragraphs if not p.is_chapter]
    assert len(paragraphs) == PARAGRAPHS
    changed = [
        change.block_id
        for change in cycle.comparison.compare(first.document("de"), second.document("de"))
        if change.is_change
    ]
    now, chooser = timezone.now(), random.Random(7)
    contributions = Contribution.objects.bulk_create(
        Contribution(
            consultation=page,
            block_id=chooser.choice(paragraphs).block_id,
            source=Contribution.Source.PARAGRAPH_COMMENT,
            text="Ein Kommentar mit ein paar Sätzen Inhalt. " * 3,
            author_name=f"Person {number}",
            email=f"p{number}@example.org",
            language="de",
            moderation_status=Contribution.ModerationStatus.PUBLISHED,
            review_status=Contribution.ReviewStatus.ADOPTED,
            public_answer="Aufgenommen.",
            confirmed_at=now,
            published_at=now,
        )
        for number in range(CONTRIBUTIONS)
    )
    ChangeLink.objects.bulk_create(
        ChangeLink(contribution=contribution, version=second, block_id=changed[n % len(changed)])
        for n, contribution in enumerate(chooser.sample(contributions, LINKS))
    )
    trivial = measure(client, "trivial page (health check)", TRIVIAL_URL)
    figures = [
        measure(client, label, url, target=PAGE_TARGET)
        for label, url in [
            ("comparison of two versions", f"{page.url}compare/"),
            ("report of the cycle", f"{page.url}report/"),
            ("frozen version", f"{page.url}version/2/"),
        ]
    ]
    report(
        f"{PARAGRAPHS} paragraphs in 2 versions, {CONTRIBUTIONS} contributions, {LINKS} links",
        figures,
        trivial,
    )
