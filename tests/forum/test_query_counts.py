"""Forum pages run the same number of queries however many sessions, agenda items and
registrations there are."""

import datetime

import pytest
from django.test import Client
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
        services.confirm(RegistrationFactory(session=upcoming).pk)
        services.confirm(RegistrationFactory(session=session).pk)
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
