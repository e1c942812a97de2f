"""Seats, the waitlist and promotion: the rules in `forum.services`."""

import datetime

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from forum import services
from forum.models import ForumSessionPage, Registration
from tests.forum.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


def confirmed_people(session: ForumSessionPage, count: int) -> list[Registration]:
    people = [RegistrationFactory(session=session) for _ in range(count)]
    for person in people:
        services.confirm(person)
    return [Registration.objects.get(pk=person.pk) for person in people]


def test_confirmations_beyond_capacity_join_the_waitlist_in_order(
    session: ForumSessionPage,
) -> None:
    people = confirmed_people(session, 5)
    assert [person.status for person in people] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITLISTED,
        Status.WAITLISTED,
        Status.WAITLISTED,
    ]
    assert [person.sequence for person in people] == [1, 2, 3, 4, 5]
    assert [services.waitlist_position(person) for person in people[2:]] == [1, 2, 3]


def test_waitlisted_person_is_told_their_place_by_mail(session: ForumSessionPage, commit) -> None:
    confirmed_people(session, 2)
    waiting = RegistrationFactory(session=session)
    with commit():
        services.confirm(waiting)
    [message] = mail.outbox
    assert message.to == [waiting.email]
    assert "/cancel/?token=" in message.body
    assert message.attachments == []


def test_cancellation_promotes_the_first_on_the_waitlist_and_mails_them(
    session: ForumSessionPage, commit
) -> None:
    first, second, third, fourth = confirmed_people(session, 4)
    with commit():
        services.cancel(first.pk)
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == Status.CONFIRMED
    assert third.promoted_at is not None
    assert fourth.status == Status.WAITLISTED
    assert services.waitlist_position(fourth) == 1
    promoted = [message for message in mail.outbox if message.to == [third.email]]
    assert len(promoted) == 1
    assert promoted[0].attachments[0][0].endswith(".ics")


def test_cancelling_a_waitlist_place_promotes_nobody(session: ForumSessionPage) -> None:
    first, second, third, fourth = confirmed_people(session, 4)
    services.cancel(third.pk)
    fourth.refresh_from_db()
    assert fourth.status == Status.WAITLISTED


def test_cancelling_twice_changes_nothing(session: ForumSessionPage) -> None:
    [person] = confirmed_people(session, 1)
    services.cancel(person.pk)
    cancelled_at = Registration.objects.get(pk=person.pk).cancelled_at
    services.cancel(person.pk)
    assert Registration.objects.get(pk=person.pk).cancelled_at == cancelled_at


def test_raising_capacity_and_publishing_promotes_the_waitlist(
    session: ForumSessionPage, commit
) -> None:
    people = confirmed_people(session, 5)
    session.capacity = 4
    with commit():
        session.save_revision().publish()
    statuses = [Registration.objects.get(pk=person.pk).status for person in people]
    assert statuses == [Status.CONFIRMED] * 4 + [Status.WAITLISTED]
    assert {message.to[0] for message in mail.outbox} == {people[2].email, people[3].email}


def test_new_confirmation_does_not_jump_the_waitlist(session: ForumSessionPage) -> None:
    people = confirmed_people(session, 3)
    # Capacity raised without publishing (for example directly in the database).
    ForumSessionPage.objects.filter(pk=session.pk).update(capacity=3)
    latecomer = RegistrationFactory(session=session)
    services.confirm(latecomer)
    assert Registration.objects.get(pk=people[2].pk).status == Status.CONFIRMED
    assert Registration.objects.get(pk=latecomer.pk).status == Status.WAITLISTED


def test_no_promotion_once_the_session_has_begun(session: ForumSessionPage) -> None:
    first, second, third = confirmed_people(session, 3)
    later = session.start + datetime.timedelta(minutes=1)
    services.cancel(first.pk, by_staff=True, now=later)
    assert Registration.objects.get(pk=third.pk).status == Status.WAITLISTED


def test_one_registration_per_email_and_session(session: ForumSessionPage) -> None:
    RegistrationFactory(session=session, email="ana@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(session=session, email="ana@example.org")


def test_same_email_may_register_for_another_session(session: ForumSessionPage, forum) -> None:
    from tests.forum.factories import ForumSessionPageFactory

    other = ForumSessionPageFactory(parent=forum)
    RegistrationFactory(session=session, email="ana@example.org")
    RegistrationFactory(session=other, email="ana@example.org")
    assert Registration.objects.filter(email="ana@example.org").count() == 2


def test_registering_again_after_cancelling_starts_over(session: ForumSessionPage) -> None:
    [person] = confirmed_people(session, 1)
    services.cancel(person.pk)
    again = services.register(session, name="Ana", email=person.email.upper())
    assert again.pk == person.pk
    assert again.status == Status.PENDING
    assert again.sequence is None and again.cancelled_at is None
    services.confirm(again)
    assert Registration.objects.get(pk=person.pk).status == Status.CONFIRMED


def test_registration_outside_the_window_is_refused(session: ForumSessionPage) -> None:
    session.registration_opens = timezone.now() + datetime.timedelta(days=1)
    session.save()
    with pytest.raises(services.Refused):
        services.register(session, name="Ana", email="ana@example.org")


def test_staff_registration_takes_a_seat_at_once_and_mails_if_address_given(
    session: ForumSessionPage, commit
) -> None:
    with commit():
        by_phone = services.register_by_staff(session, name="Herr Yilmaz")
        by_desk = services.register_by_staff(session, name="Ana", email="ana@example.org")
    assert by_phone.status == by_desk.status == Status.CONFIRMED
    assert by_phone.source == Registration.Source.STAFF
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]
    waiting = services.register_by_staff(session, name="Frau Nowak")
    assert waiting.status == Status.WAITLISTED


def test_staff_cannot_register_an_address_twice(session: ForumSessionPage) -> None:
    services.register_by_staff(session, name="Ana", email="ana@example.org")
    with pytest.raises(services.Refused):
        services.register_by_staff(session, name="Ana", email="ANA@example.org")


def test_erasing_a_registration_frees_the_seat_for_the_waitlist(
    session: ForumSessionPage,
) -> None:
    first, second, third = confirmed_people(session, 3)
    services.erase(first.pk)
    assert not Registration.objects.filter(pk=first.pk).exists()
    assert Registration.objects.get(pk=third.pk).status == Status.CONFIRMED
