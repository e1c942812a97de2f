"""Personal data is deleted a configurable time after the session, and unconfirmed
registrations when their link expires."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from forum import services
from forum.models import ForumIndexPage, Registration
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_registrations_are_deleted_after_the_retention_time(
    forum: ForumIndexPage, settings
) -> None:
    settings.FORUM_RETENTION_DAYS = 30
    now = timezone.now()
    long_ago = ForumSessionPageFactory(
        parent=forum,
        start=now - datetime.timedelta(days=40),
        end=now - datetime.timedelta(days=40) + datetime.timedelta(hours=2),
    )
    recent = ForumSessionPageFactory(
        parent=forum,
        start=now - datetime.timedelta(days=10),
        end=now - datetime.timedelta(days=10) + datetime.timedelta(hours=2),
    )
    for status in Registration.Status.values:
        RegistrationFactory(session=long_ago, status=status, requested_at=now)
        RegistrationFactory(session=recent, status=status, requested_at=now)

    result = services.purge_personal_data(now=now)

    assert result.after_session == 4
    assert not Registration.objects.filter(session=long_ago).exists()
    assert Registration.objects.filter(session=recent).count() == 4


def test_unconfirmed_registrations_are_deleted_when_the_link_expires(
    forum: ForumIndexPage, session, settings
) -> None:
    settings.PARTICIPATION_LINK_HOURS = {**settings.PARTICIPATION_LINK_HOURS, "forum.confirm": 72}
    now = timezone.now()
    expired = RegistrationFactory(session=session, requested_at=now - datetime.timedelta(days=4))
    fresh = RegistrationFactory(session=session, requested_at=now - datetime.timedelta(days=1))
    confirmed = RegistrationFactory(
        session=session,
        status=Registration.Status.CONFIRMED,
        requested_at=now - datetime.timedelta(days=4),
    )

    result = services.purge_personal_data(now=now)

    assert result.unconfirmed == 1
    assert set(Registration.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}
    assert not Registration.objects.filter(pk=expired.pk).exists()


def test_purge_command_reports_what_it_deleted(session, capsys) -> None:
    RegistrationFactory(session=session, requested_at=timezone.now() - datetime.timedelta(days=30))
    call_command("purge_forum_registrations")
    assert "1 unconfirmed registrations" in capsys.readouterr().out
    assert Registration.objects.count() == 0
