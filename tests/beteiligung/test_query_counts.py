"""Consultation pages run the same small number of queries however many paragraphs and
comments there are."""

import json

import pytest
from django.test import Client

from beteiligung.models import ConsultationPage, Support
from home.models import HomePage
from tests.beteiligung.factories import (
    ConsultationPageFactory,
    ContributionFactory,
    document,
    make_consultation,
)
from tests.support.queries import assert_constant_and_bounded, queries_for

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

    for small_figure, large_figure in zip(figures(small), figures(large), strict=True):
        assert_constant_and_bounded(small_figure, large_figure)
