"""Capacity under real concurrency: many people confirm at the same moment, each request
in its own thread with its own database connection. Needs PostgreSQL (SQLite serialises
every write anyway and has no row locks to test):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/forum_dev \\
        .venv/bin/python -m pytest -p no:xdist tests/forum -m postgres
"""

import threading
from collections.abc import Callable

import pytest
from django.core import mail
from django.db import connection, connections

from forum import services
from forum.models import ForumSessionPage, Registration
from home.models import HomePage
from tests.factories import make_site
from tests.forum.factories import ForumSessionPageFactory, make_forum

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
]

Status = Registration.Status
PEOPLE = 50
SEATS = 10


@pytest.fixture(autouse=True)
def _needs_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://... to run it")


@pytest.fixture
def full_session(db) -> ForumSessionPage:
    home: HomePage = make_site()
    return ForumSessionPageFactory(parent=make_forum(home), capacity=SEATS)


def run_at_once(work: Callable[[int], None], count: int) -> list[BaseException]:
    """Starts `count` threads that call `work(number)` together; returns their errors."""
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def thread(number: int) -> None:
        try:
            barrier.wait()
            work(number)
        except BaseException as error:  # the test reports every error
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=thread, args=(number,)) for number in range(count)]
    for started in threads:
        started.start()
    for finished in threads:
        finished.join(timeout=120)
    return errors


def test_fifty_concurrent_confirmations_fill_ten_seats_and_queue_forty_in_order(
    full_session: ForumSessionPage,
) -> None:
    people = [
        services.register(full_session, name=f"Person {n}", email=f"person{n}@example.org")
        for n in range(PEOPLE)
    ]
    confirmed_order: list[int] = []
    lock = threading.Lock()

    def confirm(number: int) -> None:
        registration = services.confirm(people[number])
        with lock:
            confirmed_order.append(registration.pk)

    assert run_at_once(confirm, PEOPLE) == []

    registrations = list(Registration.objects.filter(session=full_session).order_by("sequence"))
    assert len(registrations) == PEOPLE
    assert [r.sequence for r in registrations] == list(range(1, PEOPLE + 1))
    assert [r.status for r in registrations] == (
        [Status.CONFIRMED] * SEATS + [Status.WAITLISTED] * (PEOPLE - SEATS)
    )
    # The waitlist is in the order the confirmations got the lock.
    waitlist = list(Registration.objects.filter(session=full_session).waitlist())
    assert [r.sequence for r in waitlist] == list(range(SEATS + 1, PEOPLE + 1))
    times = [r.confirmed_at for r in registrations]
    assert times == sorted(times)
    assert len({r.email for r in registrations}) == PEOPLE

    # A cancellation gives the seat to number 11, who is told by mail.
    mail.outbox.clear()
    number_eleven = waitlist[0]
    services.cancel(registrations[0].pk)
    number_eleven.refresh_from_db()
    assert number_eleven.status == Status.CONFIRMED
    assert number_eleven.promoted_at is not None
    assert [message.to for message in mail.outbox if message.attachments] == [[number_eleven.email]]
    assert (
        Registration.objects.filter(session=full_session, status=Status.CONFIRMED).count() == SEATS
    )


def test_concurrent_registrations_with_one_address_make_one_entry(
    full_session: ForumSessionPage,
) -> None:
    def register(number: int) -> None:
        services.register(full_session, name=f"Ana {number}", email="ana@example.org")

    assert run_at_once(register, 20) == []
    assert Registration.objects.filter(session=full_session).count() == 1


def test_concurrent_registrations_and_confirmations_never_overbook(
    full_session: ForumSessionPage,
) -> None:
    def register_and_confirm(number: int) -> None:
        registration = services.register(
            full_session, name=f"Person {number}", email=f"p{number}@example.org"
        )
        services.confirm(registration)

    assert run_at_once(register_and_confirm, PEOPLE) == []
    statuses = list(
        Registration.objects.filter(session=full_session).values_list("status", flat=True)
    )
    assert statuses.count(Status.CONFIRMED) == SEATS
    assert statuses.count(Status.WAITLISTED) == PEOPLE - SEATS
