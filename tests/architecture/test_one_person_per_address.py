"""Every citizens' form recognises a person by one spelling of their address: sending the
same form as "Name+x@Example.org" and as "name@example.org" reaches us as one person."""

from http import HTTPStatus

import pytest
from django.core import mail

from beteiligung.models import ConsultationPage, Contribution, FeedbackPage, Support
from forum.models import ForumSessionPage, Registration
from home.models import HomePage
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.forum.factories import ForumSessionPageFactory, make_forum

pytestmark = pytest.mark.django_db

SPELLINGS = ["Name+x@Example.org", "name@example.org"]


@pytest.fixture
def consultation(home_page: HomePage) -> ConsultationPage:
    return make_consultation(home_page)


def send_twice(post, url: str, data: dict) -> None:
    for spelling in SPELLINGS:
        response = post(url, {**data, "email": spelling})
        assert response.status_code == HTTPStatus.FOUND, response.content


def test_a_comment_sent_twice_is_stored_once(
    post, consultation: ConsultationPage, comment_data: dict
) -> None:
    block_id = consultation.paragraphs[-1].block_id
    send_twice(post, f"{consultation.url}paragraph/{block_id}/", comment_data)
    [comment] = Contribution.objects.all()
    assert comment.email == "name+x@example.org"


def test_a_reply_sent_twice_is_stored_once(
    post, consultation: ConsultationPage, comment_data: dict
) -> None:
    comment = ContributionFactory(consultation=consultation)
    send_twice(post, f"{consultation.url}contribution/{comment.pk}/reply/", comment_data)
    assert Contribution.objects.filter(parent=comment).count() == 1


def test_agreeing_twice_counts_once(
    post, consultation: ConsultationPage, form_started: str
) -> None:
    comment = ContributionFactory(consultation=consultation)
    data = {"consent": "on", "started": form_started}
    send_twice(post, f"{consultation.url}contribution/{comment.pk}/support/", data)
    assert Support.objects.filter(contribution=comment).count() == 1
    assert len(mail.outbox) == 2  # the same link again: nothing new to count


def test_feedback_sent_twice_is_stored_once(post, home_page: HomePage, form_started: str) -> None:
    page = FeedbackPage(title="Feedback", slug="feedback", intro="<p>Ihre Meinung</p>")
    home_page.add_child(instance=page)
    data = {"text": "Längere Öffnungszeiten, bitte.", "consent": "on", "started": form_started}
    send_twice(post, page.url, data)
    assert Contribution.objects.filter(source=Contribution.Source.FEEDBACK).count() == 1


def test_registering_twice_for_a_session_keeps_one_registration(
    post, home_page: HomePage, registration_data: dict
) -> None:
    session: ForumSessionPage = ForumSessionPageFactory(parent=make_forum(home_page))
    send_twice(post, f"{session.url}register/", registration_data)
    [registration] = Registration.objects.all()
    assert registration.email_key == "name@example.org"


@pytest.fixture
def comment_data(form_started: str) -> dict:
    return {
        "text": "Bitte mehr Sprachkurse am Abend.",
        "author_name": "Ana",
        "consent": "on",
        "started": form_started,
    }


@pytest.fixture
def registration_data(form_started: str) -> dict:
    return {"name": "Amira Saleh", "consent": "on", "started": form_started}
