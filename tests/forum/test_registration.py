"""Registering for a session through the public pages: form, double opt-in, cancellation."""

import datetime
import re
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone, translation

from forum import mails, services
from forum.models import ForumSessionPage, Registration
from tests.factories import translate
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


def register_url(session: ForumSessionPage) -> str:
    return session.url + "register/"


def link_in(message, kind: str) -> str:
    """The path and query of the confirm or cancel link in a mail."""
    url = re.search(rf"https?://\S+/{kind}/\?token=\S+", message.body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def register(post, session: ForumSessionPage, data: dict) -> Registration:
    response = post(register_url(session), data)
    assert response.status_code == HTTPStatus.FOUND, response.content
    return Registration.objects.get(email=data["email"].lower())


def test_visitor_sees_the_form_with_offered_interpretation_only(
    client: Client, session: ForumSessionPage
) -> None:
    with translation.override("en"):
        response = client.get("/en" + register_url(session))
    assert response.status_code == HTTPStatus.OK
    html = response.text
    assert 'name="email"' in html
    assert 'autocomplete="email"' in html
    assert 'value="ar"' in html and 'value="gsg"' in html
    assert 'value="tr"' not in html
    assert "German Sign Language" in html


def test_form_leaves_out_interpretation_when_none_is_offered(
    client: Client, session: ForumSessionPage
) -> None:
    session.interpretation = []
    session.save()
    assert 'name="interpretation"' not in client.get(register_url(session)).text


def test_registering_creates_a_pending_entry_and_mails_only_the_link(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration_data["name"] = "Spam, klick http://evil.example/gewinn"
    response = post(register_url(session), registration_data)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == register_url(session) + "sent/"

    registration = Registration.objects.get()
    assert registration.status == Status.PENDING
    assert registration.email == "amira@example.org"
    assert registration.interpretation == "ar"
    assert registration.language == "de"
    assert registration.requested_at and registration.request_mailed_at
    assert registration.privacy_notice_version
    assert registration.sequence is None

    [message] = mail.outbox
    assert message.to == ["amira@example.org"]
    assert "/confirm/?token=" in message.body
    # Nothing the sender typed reaches the inbox: no name, no other link.
    assert "evil.example" not in message.body
    assert "Spam" not in message.body
    assert message.attachments == []


def test_sent_page_asks_to_check_the_mailbox(client: Client, session: ForumSessionPage) -> None:
    with translation.override("en"):
        response = client.get("/en" + register_url(session) + "sent/")
    assert response.status_code == HTTPStatus.OK
    assert "Please check your e-mail" in response.text


def test_invalid_email_gets_a_clear_message_and_400(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration_data["email"] = "not-an-address"
    with translation.override("en"):
        response = post("/en" + register_url(session), registration_data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Please check your entries" in response.text
    assert "Enter a valid email address." in response.text
    assert 'aria-describedby="id_email_error' in response.text
    assert Registration.objects.count() == 0


def test_missing_consent_is_refused(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    del registration_data["consent"]
    with translation.override("en"):
        response = post("/en" + register_url(session), registration_data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Please agree so that we can register you." in response.text


def test_interpretation_not_offered_is_refused(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration_data["interpretation"] = "tr"
    response = post(register_url(session), registration_data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Registration.objects.count() == 0


def test_bot_filling_the_honeypot_is_refused(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration_data["website"] = "http://spam.example"
    response = post(register_url(session), registration_data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Registration.objects.count() == 0


@pytest.mark.parametrize("field", ["name", "organisation", "accessibility_needs"])
def test_invisible_direction_controls_are_refused_as_in_comments(
    post, session: ForumSessionPage, registration_data: dict, field: str
) -> None:
    """Staff read names and needs in the admin and on the sign-in list: a right-to-left
    override would make them read backwards there."""
    registration_data[field] = "Amira \u202eSaleh"
    response = post(register_url(session), registration_data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Registration.objects.count() == 0


def test_double_submit_keeps_one_registration(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    register(post, session, registration_data)
    register(post, session, registration_data)
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 2


def test_registering_again_when_confirmed_changes_nothing_and_says_so_by_mail(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration = register(post, session, registration_data)
    services.confirm(registration)
    mail.outbox.clear()
    registration_data["name"] = "Jemand anderes"
    register(post, session, registration_data)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert registration.name == "Amira Saleh"
    [message] = mail.outbox
    assert "/cancel/?token=" in message.body


def test_closed_registration_says_so_and_refuses_with_409(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    session.registration_closes = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    with translation.override("en"):
        page = client.get("/en" + register_url(session))
        refused = post("/en" + register_url(session), registration_data)
    assert page.status_code == HTTPStatus.OK
    assert "Registration for this session is closed." in page.text
    assert 'name="email"' not in page.text
    assert refused.status_code == HTTPStatus.CONFLICT
    assert Registration.objects.count() == 0


def test_registration_not_yet_open_says_when_it_opens(
    client: Client, session: ForumSessionPage
) -> None:
    session.registration_opens = timezone.now() + datetime.timedelta(days=2)
    session.save()
    with translation.override("en"):
        response = client.get("/en" + register_url(session))
    assert "Registration opens on" in response.text


def test_full_session_offers_the_waitlist(client: Client, session: ForumSessionPage) -> None:
    for _ in range(session.capacity):
        services.confirm(RegistrationFactory(session=session))
    with translation.override("en"):
        response = client.get("/en" + register_url(session))
        page = client.get("/en" + session.url)
    assert "All seats are taken." in response.text
    assert "Register for the waitlist" in response.text
    assert "Register for the waitlist" in page.text


def test_confirmation_link_shows_a_button_and_does_not_confirm_on_opening(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration = register(post, session, registration_data)
    link = link_in(mail.outbox[0], "confirm")
    response = client.get(link)
    assert response.status_code == HTTPStatus.OK
    # The button posts back to the very link, token included.
    assert f'<form method="post" action="{link}"' in response.text
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-cache" in response["Cache-Control"]
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_confirming_takes_a_seat_and_mails_calendar_and_cancellation_link(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration = register(post, session, registration_data)
    link = link_in(mail.outbox[0], "confirm")
    response = post(link)
    assert response.status_code == HTTPStatus.FOUND
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert registration.confirmed_at is not None
    assert registration.sequence == 1

    message = mail.outbox[-1]
    assert "/cancel/?token=" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename.endswith(".ics")
    assert mimetype == "text/calendar"
    assert "BEGIN:VEVENT" in content


def test_confirming_twice_is_harmless(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration = register(post, session, registration_data)
    link = link_in(mail.outbox[0], "confirm")
    post(link)
    confirmed_at = Registration.objects.get().confirmed_at
    sent = len(mail.outbox)
    response = post(link)
    assert response.status_code == HTTPStatus.FOUND
    registration.refresh_from_db()
    assert registration.confirmed_at == confirmed_at
    assert len(mail.outbox) == sent


def test_confirmed_page_shows_the_seat_in_english(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    english = translate(session, "en", {"wohnen": "housing"})
    with translation.override("en"):
        post(english.url + "register/", registration_data)
    link = link_in(mail.outbox[0], "confirm")
    assert link.startswith(english.url)
    post(link)
    response = client.get(link)
    assert "Your seat is confirmed" in response.text
    assert "/cancel/?token=" in response.text


@pytest.mark.parametrize("token", ["", "forged", "eyJhIjoxfQ:1abcde:forgedsignature"])
def test_tampered_confirmation_link_gets_a_clear_400(
    client: Client, session: ForumSessionPage, token: str
) -> None:
    with translation.override("en"):
        response = client.get("/en" + session.url + f"confirm/?token={token}")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "The link is incomplete or was changed" in response.text


def test_cancellation_token_does_not_confirm(
    post, client: Client, session: ForumSessionPage
) -> None:
    registration = RegistrationFactory(session=session)
    token = mails.link_token(mails.CANCELLATION, registration)
    response = post(session.url + f"confirm/?token={token}")
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_expired_confirmation_link_gets_410_and_asks_to_register_again(
    post, client: Client, session: ForumSessionPage, settings
) -> None:
    registration = RegistrationFactory(session=session)
    token = mails.link_token(mails.CONFIRMATION, registration)
    settings.PARTICIPATION_LINK_HOURS = {**settings.PARTICIPATION_LINK_HOURS, "forum.confirm": -1}
    with translation.override("en"):
        response = post("/en" + session.url + f"confirm/?token={token}")
    assert response.status_code == HTTPStatus.GONE
    assert "expired" in response.text
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_link_to_a_deleted_registration_says_it_is_gone(
    client: Client, session: ForumSessionPage
) -> None:
    token = mails.CONFIRMATION.token([987654, 0])
    with translation.override("en"):
        response = client.get("/en" + session.url + f"confirm/?token={token}")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "no longer exists" in response.text


def test_link_for_another_session_is_not_accepted(
    post, client: Client, session: ForumSessionPage, forum
) -> None:
    other = ForumSessionPageFactory(parent=forum)
    registration = RegistrationFactory(session=other)
    token = mails.link_token(mails.CONFIRMATION, registration)
    response = post(session.url + f"confirm/?token={token}")
    assert response.status_code == HTTPStatus.NOT_FOUND
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_confirming_after_the_session_began_is_refused_with_409(
    post, client: Client, session: ForumSessionPage
) -> None:
    registration = RegistrationFactory(session=session)
    token = mails.link_token(mails.CONFIRMATION, registration)
    session.start = timezone.now() - datetime.timedelta(minutes=5)
    session.save()
    response = post(session.url + f"confirm/?token={token}")
    assert response.status_code == HTTPStatus.CONFLICT
    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_person_cancels_with_the_personal_link(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    registration = register(post, session, registration_data)
    post(link_in(mail.outbox[0], "confirm"))
    cancel_link = link_in(mail.outbox[-1], "cancel")

    page = client.get(cancel_link)
    assert page.status_code == HTTPStatus.OK
    assert f'method="post" action="{cancel_link}"' in page.text
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED

    response = post(cancel_link)
    assert response.status_code == HTTPStatus.FOUND
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert registration.cancelled_at is not None
    # Twice is harmless.
    assert post(cancel_link).status_code == HTTPStatus.FOUND


def test_cancelling_after_the_session_began_is_refused(
    post, client: Client, session: ForumSessionPage
) -> None:
    registration = RegistrationFactory(session=session)
    services.confirm(registration)
    token = mails.link_token(mails.CANCELLATION, registration)
    session.start = timezone.now() - datetime.timedelta(minutes=5)
    session.save()
    response = post(session.url + f"cancel/?token={token}")
    assert response.status_code == HTTPStatus.CONFLICT
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_registering_on_the_english_page_counts_for_the_german_session(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    english = translate(session, "en", {"wohnen": "housing"})
    post(english.url + "register/", registration_data)
    registration = Registration.objects.get()
    assert registration.session_id == session.pk
    assert registration.language == "en"


@override_settings(RATELIMIT_FORM_PER_IP="20/h")
def test_too_many_registrations_from_one_address_get_429(
    post, client: Client, session: ForumSessionPage, registration_data: dict
) -> None:
    statuses = set()
    for number in range(25):
        registration_data["email"] = f"person{number}@example.org"
        statuses.add(post(register_url(session), registration_data).status_code)
    assert HTTPStatus.TOO_MANY_REQUESTS in statuses


def test_session_page_never_shows_who_registered(client: Client, session: ForumSessionPage) -> None:
    registration = RegistrationFactory(session=session, name="Geheime Person")
    services.confirm(registration)
    html = client.get(session.url).text
    assert "Geheime Person" not in html
    assert registration.email not in html


def test_unknown_session_gets_404(client: Client, session: ForumSessionPage) -> None:
    forum_url = session.get_parent().url
    assert client.get(forum_url + "gibt-es-nicht/register/").status_code == HTTPStatus.NOT_FOUND
    assert client.post(forum_url + "gibt-es-nicht/register/").status_code == HTTPStatus.NOT_FOUND


def test_other_methods_are_not_allowed(client: Client, session: ForumSessionPage) -> None:
    response = client.put(register_url(session))
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
