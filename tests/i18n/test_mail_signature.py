"""Every e-mail to citizens, consultation and forum alike, ends with the same signature: the
unit's name translated, the German name in brackets, then the region (locale/glossary.csv)."""

import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation

from forum import mails
from forum.models import ForumSessionPage, Registration
from home.models import HomePage
from home.participation import send_templated_mail
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, __ in settings.LANGUAGES]
GERMAN_NAME = "Stabsstelle Integration und Teilhabe"
FORUM_MAILS = {
    "confirmation_request": mails.confirmation_request,
    "seat_confirmed": mails.seat_confirmed,
    "waitlisted": lambda registration: mails.waitlisted(registration, 2),
    "promoted": mails.promoted,
    "already_registered": mails.already_registered,
    "cancelled": mails.cancelled,
    "reminder": mails.reminder,
}


def signature(language: str) -> str:
    with translation.override(language):
        return translation.gettext("Stabsstelle Integration und Teilhabe, Region Hannover")


@pytest.mark.parametrize("language", LANGUAGES)
def test_signature_is_the_translated_name_with_the_german_name_in_brackets(
    language: str,
) -> None:
    text = signature(language)
    if language == "de":
        assert text == "Stabsstelle Integration und Teilhabe, Region Hannover"
    else:
        translated_name, german = text.split(" (", 1)
        assert translated_name and GERMAN_NAME not in translated_name
        assert german.startswith(f"{GERMAN_NAME})")


@pytest.fixture
def session(home_page: HomePage) -> ForumSessionPage:
    return ForumSessionPageFactory(parent=make_forum(home_page), capacity=5)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_forum_mail_ends_with_the_signature(
    language: str, session: ForumSessionPage, commit
) -> None:
    registration = RegistrationFactory(
        session=session, language=language, status=Registration.Status.CONFIRMED
    )
    with commit():
        for send in FORUM_MAILS.values():
            send(registration)
    assert len(mail.outbox) == len(FORUM_MAILS)
    for kind, message in zip(FORUM_MAILS, mail.outbox, strict=True):
        assert message.body.rstrip().endswith("\n\n" + signature(language)), kind


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_consultation_mail_ends_with_the_same_signature(
    language: str, home_page: HomePage, commit
) -> None:
    consultation = make_consultation(home_page)
    contribution = ContributionFactory(
        consultation=consultation, public_answer="Danke.", moderation_reason="Beleidigung."
    )
    url = "https://example.org/link"
    contexts = {
        "beteiligung/emails/confirm_contribution": {"title": "X", "url": url, "days": 3},
        "beteiligung/emails/confirm_support": {"title": "X", "url": url, "days": 3},
        "beteiligung/emails/answered": {"contribution": contribution, "url": url},
        "beteiligung/emails/rejected": {"contribution": contribution},
        "home/emails/my_data_link": {"url": url, "hours": 24},
    }
    with commit():
        for template, context in contexts.items():
            send_templated_mail(template, context, "ana@example.org", language)
    for template, message in zip(contexts, mail.outbox, strict=True):
        assert message.body.rstrip().endswith("\n\n" + signature(language)), template
        assert message.body.count(GERMAN_NAME) == 1, template
