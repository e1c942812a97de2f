"""A consultation of 300 paragraphs with 10,000 published comments. `make benchmarks`."""

import json
import random

import pytest
from django.test import Client
from django.utils import timezone

from beteiligung.models import Contribution
from tests.benchmarks.harness import TRIVIAL_URL, measure, report
from tests.beteiligung.factories import document, make_consultation
from tests.factories import make_site

#: Target throughput as a ratio to the trivial page, uncached but warm.
TARGET = 0.04
PARAGRAPHS = 300
COMMENTS = 10_000


@pytest.mark.django_db
def test_consultation_with_300_paragraphs_and_10000_comments() -> None:
    client = Client()
    consultation = make_consultation(
        make_site(), document=json.dumps(document(chapters=30, paragraphs_per_chapter=10))
    )
    paragraphs = [p for p in consultation.paragraphs if not p.is_chapter]
    assert len(paragraphs) == PARAGRAPHS
    now = timezone.now()
    chooser = random.Random(7)
    Contribution.objects.bulk_create(
        Contribution(
            consultation=consultation,
            block_id=chooser.choice(paragraphs).block_id,
            source=Contribution.Source.PARAGRAPH_COMMENT,
            text="Ein Kommentar mit ein paar Sätzen Inhalt. " * 3,
            author_name=f"Person {number}",
            email=f"p{number}@example.org",
            language="de",
            moderation_status=Contribution.ModerationStatus.PUBLISHED,
            confirmed_at=now,
            published_at=now,
        )
        for number in range(COMMENTS)
    )
    busiest = max(
        paragraphs,
        key=lambda p: Contribution.objects.filter(block_id=p.block_id).count(),
    )
    comments_on_busiest = Contribution.objects.filter(block_id=busiest.block_id).count()
    trivial = measure(client, "trivial page (health check)", TRIVIAL_URL)
    figures = [
        measure(client, "consultation page (300 paragraphs)", consultation.url, target=TARGET),
        measure(
            client,
            f"busiest paragraph page ({comments_on_busiest} comments)",
            f"{consultation.url}paragraph/{busiest.block_id}/",
            target=TARGET,
        ),
    ]
    report(f"{PARAGRAPHS} paragraphs, {COMMENTS} published comments", figures, trivial)
