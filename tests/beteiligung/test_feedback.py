"""Feedback at any time: the same protections as comments, then the review inbox."""

import re
from http import HTTPStatus

import pytest
from django.core import mail
from django.test import Client

from beteiligung.models import Contribution, FeedbackPage
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback_page(home_page: HomePage) -> FeedbackPage:
    page = FeedbackPage(
        title="Feedback", slug="feedback", intro="<p>Sagen Sie uns Ihre Meinung.</p>"
    )
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def feedback_data(form_started: str) -> dict[str, str]:
    return {
        "text": "Die Beratungszeiten passen nicht zu meiner Arbeit.",
        "email": "kim@example.org",
        "consent": "on",
        "started": form_started,
    }


def test_citizen_sends_feedback_and_confirms_it(
    post, client: Client, feedback_page: FeedbackPage, feedback_data: dict
) -> None:
    response = post(feedback_page.url, feedback_data)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].endswith("/feedback/sent/")
    message = Contribution.objects.get()
    assert message.source == Contribution.Source.FEEDBACK
    assert message.consultation is None
    assert "Beratungszeiten" not in mail.outbox[0].body

    link = re.search(r"http://testserver(\S+/confirm/\?token=\S+)", mail.outbox[0].body).group(1)
    assert client.get(link).status_code == HTTPStatus.OK
    assert client.post(link).status_code == HTTPStatus.OK
    message.refresh_from_db()
    assert message.confirmed_at is not None
    assert message.moderation_status == Contribution.ModerationStatus.PENDING


@pytest.mark.parametrize(
    ("change", "field"),
    [({"text": ""}, "text"), ({"text": "<i>x</i>"}, "text"), ({"email": "nope"}, "email")],
    ids=["empty", "markup", "email"],
)
def test_bad_feedback_gets_a_message_and_a_400(
    post, feedback_page: FeedbackPage, feedback_data: dict, change: dict, field: str
) -> None:
    response = post(feedback_page.url, {**feedback_data, **change})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert f'id="id_{field}_error"' in response.text
    assert Contribution.objects.count() == 0


def test_feedback_sent_twice_is_stored_once(
    post, feedback_page: FeedbackPage, feedback_data: dict
) -> None:
    post(feedback_page.url, feedback_data)
    post(feedback_page.url, feedback_data)
    assert Contribution.objects.count() == 1


def test_bot_feedback_is_refused(post, feedback_page: FeedbackPage, feedback_data: dict) -> None:
    response = post(feedback_page.url, {**feedback_data, "website": "http://x.example"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Contribution.objects.count() == 0
