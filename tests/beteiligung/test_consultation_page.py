import datetime
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from beteiligung.models import ConsultationPage, Phase
from home.models import HomePage
from tests.beteiligung.factories import ContributionFactory, make_consultation

pytestmark = pytest.mark.django_db


def test_paragraphs_are_numbered_within_their_chapter(consultation: ConsultationPage) -> None:
    numbers = [p.number for p in consultation.paragraphs]
    assert numbers == ["1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1", "3.2"]
    assert consultation.paragraphs[-1].kind == "goal"


def test_reader_sees_numbered_paragraphs_with_comment_links(
    client: Client, consultation: ConsultationPage
) -> None:
    response = client.get(consultation.url)
    assert response.status_code == HTTPStatus.OK
    soup = BeautifulSoup(response.text, "html.parser")
    labels = [n.get_text() for n in soup.select(".paragraph .paragraph__number")]
    assert labels[-1] == "3.2"
    block_id = consultation.paragraphs[-1].block_id
    link = soup.select_one(f"#p-{block_id} a[data-inline-comments]")
    assert link["href"] == f"{consultation.url}paragraph/{block_id}/"


def test_paragraph_shows_its_count_of_published_comments_only(
    client: Client, consultation: ConsultationPage
) -> None:
    block_id = consultation.paragraphs[-1].block_id
    ContributionFactory.create_batch(2, consultation=consultation, block_id=block_id)
    ContributionFactory(consultation=consultation, block_id=block_id, moderation_status="pending")
    soup = BeautifulSoup(client.get(consultation.url).text, "html.parser")
    link_text = soup.select_one(f"#p-{block_id} a[data-inline-comments]").get_text()
    assert link_text.split()[0] == "2"


@pytest.mark.parametrize(
    ("opens", "closes", "results", "phase"),
    [
        (2, 10, False, Phase.UPCOMING),
        (-2, 10, False, Phase.OPEN),
        (-10, -2, False, Phase.EVALUATION),
        (-10, -2, True, Phase.FINISHED),
    ],
)
def test_phase_follows_the_dates(
    client: Client, home_page: HomePage, opens: int, closes: int, results: bool, phase: Phase
) -> None:
    now = timezone.now()
    consultation = make_consultation(
        home_page,
        opens_at=now + datetime.timedelta(days=opens),
        closes_at=now + datetime.timedelta(days=closes),
        results_page=home_page if results else None,
    )
    assert consultation.phase == phase
    soup = BeautifulSoup(client.get(consultation.url).text, "html.parser")
    assert soup.select_one(f".phase--{phase.value}") is not None
    comment_link = soup.select_one(f'a[href="{consultation.url}comment/"]')
    assert (comment_link is not None) == (phase == Phase.OPEN)
