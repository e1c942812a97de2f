"""Reminder mails a configurable number of days before a session."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from forum import services
from forum.models import ForumSessionPage, Registration
from tests.forum.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def seat(session: ForumSessionPage, confirmed_at: datetime.datetime, **kwargs) -> Registration:
    registration = RegistrationFactory(session=session, **kwargs)
    services.confirm(registration, now=confirmed_at)
    return Registration.objects.get(pk=registration.pk)


def test_people_with_a_seat_get_one_reminder_before_the_session(
    session: ForumSessionPage, commit, settings
) -> None:
    settings.FORUM_REMINDER_DAYS = 3
    early = session.start - datetime.timedelta(days=10)
    person = seat(session, early)
    session.capacity = 1
    session.save()
    waiting = seat(session, early)

    with commit():
        assert services.send_reminders(now=session.start - datetime.timedelta(days=4)) == 0
    with commit():
        assert services.send_reminders(now=session.start - datetime.timedelta(days=2)) == 1
    [message] = mail.outbox
    assert message.to == [person.email]
    assert "/cancel/?token=" in message.body
    assert message.attachments[0][0].endswith(".ics")
    assert Registration.objects.get(pk=waiting.pk).reminder_sent_at is None

    with commit():
        assert services.send_reminders(now=session.start - datetime.timedelta(days=1)) == 0
    assert len(mail.outbox) == 1


def test_people_who_got_their_seat_after_the_reminder_was_due_get_none(
    session: ForumSessionPage, settings
) -> None:
    settings.FORUM_REMINDER_DAYS = 2
    seat(session, session.start - datetime.timedelta(days=1))
    assert services.send_reminders(now=session.start - datetime.timedelta(hours=12)) == 0


def test_reminder_is_written_in_the_persons_language(session: ForumSessionPage, commit) -> None:
    seat(session, session.start - datetime.timedelta(days=10), language="en")
    with commit():
        services.send_reminders(now=session.start - datetime.timedelta(days=1))
    assert mail.outbox[0].subject.startswith("Reminder: ")
    assert "German time" in mail.outbox[0].body


def test_reminder_command_runs_the_same_rule(session: ForumSessionPage, capsys) -> None:
    call_command("send_forum_reminders")
    assert "Queued 0 reminders." in capsys.readouterr().out
