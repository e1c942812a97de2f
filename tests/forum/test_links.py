"""The personal links in forum mails open one registration, and only as long as it is
the person's current one: a cancellation link ends with the session, registering anew
makes new links, and nobody but the link's owner changes a pending registration."""

import datetime
import re
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from forum import mails, services
from forum.models import ForumSessionPage, Registration
from tests.forum.factories import RegistrationFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def link_in(message, kind: str) -> str:
    url = re.search(rf"https?://\S+/{kind}/\?token=\S+", message.body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def register(post, session: ForumSessionPage, data: dict) -> Registration:
    response = post(session.url + "register/", data)
    assert response.status_code == HTTPStatus.FOUND, response.content
    return Registration.objects.get(email_key="amira@example.org")


def test_cancellation_link_stops_working_after_the_session(
    post, client: Client, session: ForumSessionPage
) -> None:
    registration = RegistrationFactory(session=session)
    services.confirm(registration)
    path = f"{session.url}cancel/?token={mails.link_token(mails.CANCELLATION, registration)}"
    assert client.get(path).status_code == HTTPStatus.OK
    session.start = timezone.now() - datetime.timedelta(hours=3)
    session.end = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    with translation.override("en"):
        response = client.get("/en" + path)
    assert response.status_code == HTTPStatus.GONE
    assert "session is over" in response.text


def test_registering_again_makes_new_links_and_the_old_ones_stop_working(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    register(post, session, registration_data)
    old_confirm = link_in(mail.outbox[-1], "confirm")
    post(old_confirm)
    old_cancel = link_in(mail.outbox[-1], "cancel")
    post(old_cancel)
    registration = register(post, session, {**registration_data, "name": "Amira S."})
    assert registration.status == Status.PENDING

    for old in (old_confirm, old_cancel):
        assert client.get(old).status_code == HTTPStatus.GONE
        assert post(old).status_code == HTTPStatus.GONE
    registration.refresh_from_db()
    assert registration.status == Status.PENDING

    new_confirm = link_in(mail.outbox[-1], "confirm")
    assert new_confirm != old_confirm
    post(new_confirm)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_expired_confirmation_link_hands_out_no_cancellation_link(
    post, client: Client, session: ForumSessionPage, registration_data: dict, settings
) -> None:
    register(post, session, registration_data)
    link = link_in(mail.outbox[-1], "confirm")
    post(link)
    assert "/cancel/?token=" in client.get(link).text
    settings.PARTICIPATION_LINK_HOURS = {**settings.PARTICIPATION_LINK_HOURS, "forum.confirm": -1}
    response = client.get(link)
    assert response.status_code == HTTPStatus.OK
    assert "/cancel/?token=" not in response.text


def test_sending_the_form_again_for_a_pending_address_changes_nothing_but_resends_the_link(
    post, session: ForumSessionPage, registration_data: dict
) -> None:
    registration = register(post, session, registration_data)
    stranger = {**registration_data, "name": "Jemand", "accessibility_needs": "Nichts"}
    register(post, session, stranger)
    registration.refresh_from_db()
    assert (registration.name, registration.accessibility_needs) == (
        "Amira Saleh",
        "Rollstuhlplatz",
    )
    assert registration.status == Status.PENDING
    assert len(mail.outbox) == 2
    assert mail.outbox[-1].to == ["amira@example.org"]
    assert "/confirm/?token=" in mail.outbox[-1].body
