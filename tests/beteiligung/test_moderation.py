"""Moderators work in the Wagtail admin; every decision is logged and the author told."""

import datetime
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from beteiligung.models import ConsultationPage, Contribution, Report, Support
from tests.beteiligung.factories import ContributionFactory

pytestmark = pytest.mark.django_db
Status = Contribution.ModerationStatus


@pytest.fixture
def moderator(client: Client):
    user = get_user_model().objects.create_user("mona", "mona@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderation"))
    client.force_login(user)
    return user


@pytest.fixture
def pending(consultation: ConsultationPage) -> Contribution:
    return ContributionFactory(
        consultation=consultation,
        block_id=consultation.paragraphs[-1].block_id,
        moderation_status=Status.PENDING,
        published_at=None,
        text="Meine Nummer ist 0170 1234567.",
    )


def edit(client: Client, contribution: Contribution, **data):
    form = {"text": contribution.text, "moderation_reason": "", **data}
    return client.post(reverse("moderation:edit", args=[contribution.pk]), form)


def test_moderation_queue_lists_confirmed_contributions(
    client: Client, moderator, pending: Contribution
) -> None:
    ContributionFactory(consultation=pending.consultation, moderation_status=Status.UNCONFIRMED)
    response = client.get(reverse("moderation:index"), {"moderation_status": "pending"})
    assert response.status_code == HTTPStatus.OK
    assert response.context["object_list"].count() == 1


def test_moderator_approves_and_the_comment_appears(
    client: Client, commit, moderator, pending: Contribution
) -> None:
    with commit():
        response = edit(client, pending, moderation_status=Status.PUBLISHED)
    assert response.status_code == HTTPStatus.FOUND
    pending.refresh_from_db()
    assert pending.moderation_status == Status.PUBLISHED
    assert pending.published_at is not None
    entry = ModelLogEntry.objects.get(action="beteiligung.approve")
    assert entry.user == moderator
    page = Client().get(f"{pending.consultation.url}paragraph/{pending.block_id}/")
    assert "Meine Nummer" in page.text


def test_rejection_needs_a_reason_which_the_author_is_told(
    client: Client, commit, moderator, pending: Contribution
) -> None:
    response = edit(client, pending, moderation_status=Status.REJECTED)
    assert response.status_code == HTTPStatus.OK  # form shown again with the error
    pending.refresh_from_db()
    assert pending.moderation_status == Status.PENDING

    with commit():
        edit(client, pending, moderation_status=Status.REJECTED, moderation_reason="Beleidigend.")
    pending.refresh_from_db()
    assert pending.moderation_status == Status.REJECTED
    assert mail.outbox[-1].to == [pending.email]
    assert "Beleidigend." in mail.outbox[-1].body


def test_moderator_edits_out_personal_data_and_it_is_logged(
    client: Client, moderator, pending: Contribution
) -> None:
    edit(client, pending, moderation_status=Status.PENDING, text="Meine Nummer ist [entfernt].")
    pending.refresh_from_db()
    assert pending.text == "Meine Nummer ist [entfernt]."
    entry = ModelLogEntry.objects.get(action="beteiligung.edit_text")
    assert entry.user == moderator
    assert "0170" not in str(entry.data)


def test_moderator_handles_a_report(client: Client, moderator, pending: Contribution) -> None:
    report = Report.objects.create(contribution=pending, reason="Telefonnummer")
    response = client.post(
        reverse("contribution_reports:edit", args=[report.pk]), {"handled": "on"}
    )
    assert response.status_code == HTTPStatus.FOUND
    report.refresh_from_db()
    assert report.handled_by == moderator


def test_moderation_group_cannot_edit_pages(client: Client, moderator, consultation) -> None:
    response = client.get(f"/admin/pages/{consultation.pk}/edit/")
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)


def test_expired_unconfirmed_entries_and_old_address_hashes_are_deleted(
    consultation: ConsultationPage,
) -> None:
    old = ContributionFactory(consultation=consultation, moderation_status=Status.UNCONFIRMED)
    fresh = ContributionFactory(
        consultation=consultation, moderation_status=Status.UNCONFIRMED, ip_hash="recent"
    )
    published = ContributionFactory(consultation=consultation, ip_hash="old")
    a_month_ago = timezone.now() - datetime.timedelta(days=30)
    Contribution.objects.filter(pk__in=[old.pk, published.pk]).update(created_at=a_month_ago)
    Support.objects.create(contribution=published, email_hash="x")
    Support.objects.update(created_at=a_month_ago)
    call_command("purge_unconfirmed")
    assert set(Contribution.objects.values_list("pk", flat=True)) == {fresh.pk, published.pk}
    assert Support.objects.count() == 0
    published.refresh_from_db()
    fresh.refresh_from_db()
    assert (published.ip_hash, fresh.ip_hash) == ("", "recent")
