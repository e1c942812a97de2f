"""Consultation pages run the same small number of queries however many paragraphs and
comments there are."""

import datetime
import json

import pytest
from django.test import Client

from beteiligung import cycle
from beteiligung.models import ChangeLink, ConceptVersion, ConsultationPage, Support
from home.models import HomePage
from tests.beteiligung.factories import (
    ConsultationPageFactory,
    ContributionFactory,
    document,
    make_consultation,
)
from tests.support.queries import queries_for

pytestmark = pytest.mark.django_db


def fill(consultation: ConsultationPage, comments_per_paragraph: int) -> None:
    for paragraph in consultation.paragraphs:
        if paragraph.is_chapter:
            continue
        for _ in range(comments_per_paragraph):
            comment = ContributionFactory(consultation=consultation, block_id=paragraph.block_id)
            ContributionFactory(
                consultation=consultation, parent=comment, block_id=paragraph.block_id
            )
            Support.objects.create(
                contribution=comment, email_hash=f"h{comment.pk}", confirmed_at=comment.created_at
            )


def test_consultation_queries_do_not_grow_with_document_or_comments(
    client: Client, home_page: HomePage
) -> None:
    small = make_consultation(home_page, slug="klein", document=json.dumps(document(2, 2)))
    large = ConsultationPageFactory(
        parent=small.get_parent(), slug="gross", document=json.dumps(document(8, 6))
    )
    fill(small, 1)
    fill(large, 4)
    for consultation in (small, large):
        consultation.refresh_from_db()

    def figures(consultation: ConsultationPage) -> list[int]:
        last = consultation.paragraphs[-1].block_id
        return [
            queries_for(client, url)
            for url in (
                consultation.get_parent().url,
                consultation.url,
                f"{consultation.url}paragraph/{last}/",
                f"{consultation.url}comment/",
                f"{consultation.url}results/",
            )
        ]

    assert figures(large) == figures(small)


def revised_consultation(index, slug: str, chapters: int, per_chapter: int):
    """A consultation in two versions where every paragraph was reworded (a link added),
    each change linked to two published, answered comments."""
    page = ConsultationPageFactory(
        parent=index, slug=slug, document=json.dumps(document(chapters, per_chapter))
    )
    page.save_revision().publish()
    today = datetime.date.today()
    first = cycle.freeze_version(page, name="1", step=ConceptVersion.Step.DRAFT, date=today)
    raw = page.document.get_prep_value()
    for block in raw:
        if block["type"] != "chapter":
            block["value"] = block["value"].replace("Absatz", 'Neuer <a href="/x/">Absatz</a>')
    page.document = json.dumps(raw)
    page.save_revision().publish()
    page = ConsultationPage.objects.get(pk=page.pk)
    second = cycle.freeze_version(page, name="2", step=ConceptVersion.Step.REVISION, date=today)
    for paragraph in page.paragraphs:
        for _ in range(2):
            comment = ContributionFactory(
                consultation=page,
                block_id=paragraph.block_id,
                version=first,
                public_answer="Aufgenommen.",
                review_status="adopted",
            )
            ChangeLink.objects.create(
                contribution=comment, version=second, block_id=paragraph.block_id
            )
    return page


def test_comparison_and_report_queries_do_not_grow_with_paragraphs_or_links(
    client: Client, home_page: HomePage
) -> None:
    index = make_consultation(home_page).get_parent()
    small = revised_consultation(index, "klein", 2, 2)
    large = revised_consultation(index, "gross", 6, 6)

    def figures(page: ConsultationPage) -> tuple[int, ...]:
        routes = ("compare/", "report/", "version/2/", "report/csv/")
        return tuple(queries_for(client, f"{page.url}{route}") for route in routes)

    assert figures(large) == figures(small)
