"""Forum pages run the same number of queries however many sessions, agenda items and
registrations there are."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum import services
from forum.models import ForumIndexPage, ForumSessionPage
from tests.factories import TopicFactory
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, add_agenda
from tests.support.queries import assert_constant_and_bounded, queries_for

pytestmark = pytest.mark.django_db


def grow(forum: ForumIndexPage, session: ForumSessionPage, count: int) -> None:
    now = timezone.now()
    for number in range(count):
        upcoming = ForumSessionPageFactory(
            parent=forum,
            start=now + datetime.timedelta(days=number + 1),
            topic=TopicFactory(name="Health", slug="health"),
        )
        ForumSessionPageFactory(
            parent=forum,
            start=now - datetime.timedelta(days=200 * (number + 1)),
            end=now - datetime.timedelta(days=200 * (number + 1) - 1),
        )
        services.confirm(RegistrationFactory(session=upcoming))
        services.confirm(RegistrationFactory(session=session))
    add_agenda(session, count)


@pytest.mark.parametrize(
    "path",
    ["", "?topic=health", "{session}", "{session}register/", "/forum/calendar.ics"],
)
def test_forum_queries_do_not_grow_with_sessions_and_registrations(
    client: Client, forum: ForumIndexPage, session: ForumSessionPage, path: str
) -> None:
    session.capacity = 100
    session.save()
    if path.startswith("/"):
        url = path
    elif "{session}" in path:
        url = path.replace("{session}", session.url)
    else:
        url = forum.url + path
    grow(forum, session, 2)
    small = queries_for(client, url)
    grow(forum, session, 15)
    large = queries_for(client, url)
    assert_constant_and_bounded(small, large)


def statements(queries: CaptureQueriesContext) -> list[str]:
    """The statements' first words, without the savepoints of the test's transaction."""
    words = [query["sql"].split()[0] for query in queries]
    return [word for word in words if word not in ("SAVEPOINT", "RELEASE")]


def test_a_rush_registration_and_its_confirmation_run_few_queries(
    client: Client, post, session: ForumSessionPage, registration_data: dict
) -> None:
    # In a rush every query counts, and a confirmation's run while others wait for the
    # session's lock. The second person is measured: the first filled the caches.
    def register_and_confirm(email: str) -> tuple[list[str], list[str]]:
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as registering:
            response = post(session.url + "register/", {**registration_data, "email": email})
        assert response.status_code == 302
        registered = statements(registering)  # now: the next request empties the log
        [message] = mail.outbox
        link = re.search(r"https?://[^/\s]+(/\S*/confirm/\?token=\S+)", message.body).group(1)
        client.get(link)
        with CaptureQueriesContext(connection) as confirming:
            assert post(link).status_code == 302
        return registered, statements(confirming)

    register_and_confirm("erste@example.org")
    registered, confirmed = register_and_confirm("zweite@example.org")
    assert registered == ["INSERT"]
    # The registration from the link; under the lock the session, the registration read
    # anew, the tally and the update. The mail takes its session from the link's
    # registration, a seat needs no place on the waitlist.
    assert confirmed == ["SELECT", "SELECT", "SELECT", "SELECT", "UPDATE"]
