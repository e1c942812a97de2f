from http import HTTPStatus

import pytest
from django.core import mail
from django.test import Client, override_settings

from beteiligung.models import ConsultationPage, Contribution, Report, Support
from tests.beteiligung.factories import ContributionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(consultation: ConsultationPage) -> Contribution:
    return ContributionFactory(
        consultation=consultation, block_id=consultation.paragraphs[-1].block_id
    )


def url(consultation: ConsultationPage, comment: Contribution, action: str) -> str:
    return f"{consultation.url}contribution/{comment.pk}/{action}/"


def confirm_last_mail(client: Client) -> None:
    link = mail.outbox[-1].body.split("http://testserver")[1].split()[0]
    client.post(link)


def test_reply_hangs_under_its_comment_after_moderation(
    client: Client, commit, consultation: ConsultationPage, comment: Contribution, comment_data
) -> None:
    with commit():
        response = client.post(url(consultation, comment, "reply"), comment_data)
    assert response.status_code == HTTPStatus.FOUND
    reply = Contribution.objects.get(parent=comment)
    assert reply.block_id == comment.block_id
    confirm_last_mail(client)
    reply.refresh_from_db()
    from beteiligung import services

    services.approve(reply, user=None)
    html = client.get(f"{consultation.url}paragraph/{comment.block_id}/").text
    assert "thread__replies" in html
    assert "Bitte mehr Sprachkurse am Abend." in html


def test_replies_go_one_level_deep_only(
    client: Client, consultation: ConsultationPage, comment: Contribution
) -> None:
    reply = ContributionFactory(consultation=consultation, parent=comment)
    response = client.get(url(consultation, reply, "reply"))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_nobody_can_reply_to_an_unpublished_comment(
    client: Client, consultation: ConsultationPage
) -> None:
    pending = ContributionFactory(consultation=consultation, moderation_status="pending")
    assert client.get(url(consultation, pending, "reply")).status_code == HTTPStatus.NOT_FOUND


def test_support_counts_once_per_confirmed_address(
    client: Client, commit, consultation: ConsultationPage, comment: Contribution, form_started
) -> None:
    data = {"email": "Ben@Example.org", "consent": "on", "started": form_started}
    with commit():
        client.post(url(consultation, comment, "support"), data)
    assert Support.objects.get().confirmed_at is None
    confirm_last_mail(client)
    with commit():
        client.post(url(consultation, comment, "support"), {**data, "email": "ben@example.org"})
    assert Support.objects.filter(confirmed_at__isnull=False).count() == 1
    assert len(mail.outbox) == 1, "an address that already agreed gets no second mail"
    html = client.get(f"{consultation.url}paragraph/{comment.block_id}/").text
    assert "Ben@Example.org" not in html and "ben@example.org" not in html.lower()


def test_anyone_can_report_a_published_comment(
    client: Client, consultation: ConsultationPage, comment: Contribution, form_started
) -> None:
    data = {"reason": "Enthält eine Telefonnummer.", "started": form_started}
    response = client.post(url(consultation, comment, "report"), data)
    assert response.status_code == HTTPStatus.FOUND
    report = Report.objects.get()
    assert report.contribution == comment
    assert len(report.ip_hash) == 32


def test_empty_report_gets_a_message(
    client: Client, consultation: ConsultationPage, comment: Contribution, form_started
) -> None:
    response = client.post(url(consultation, comment, "report"), {"started": form_started})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Report.objects.count() == 0


@override_settings(RATELIMIT_FORM_PER_EMAIL="2/h")
def test_too_many_comments_from_one_address_get_a_translated_429(
    client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    target = f"{consultation.url}comment/"
    for number in range(2):
        client.post(target, {**comment_data, "text": f"Kommentar {number}"})
    response = client.post(
        target, {**comment_data, "text": "Noch einer"}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert '<html lang="de"' in response.text
    assert Contribution.objects.count() == 2
