"""Numbers of days are counted with the plural forms of each language, not abbreviated."""

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from forum.forms import RegistrationForm
from forum.models import ForumSessionPage

CONFIRMATION_MAILS = [
    "beteiligung/emails/confirm_contribution.txt",
    "beteiligung/emails/confirm_support.txt",
]
DAYS_IN_UKRAINIAN = [(1, "1 день"), (3, "3 дні"), (5, "5 днів"), (21, "21 день")]


@pytest.mark.parametrize("template", CONFIRMATION_MAILS)
@pytest.mark.parametrize(("days", "words"), DAYS_IN_UKRAINIAN)
def test_confirmation_mail_says_how_many_days_the_link_works_in_full_words(
    template: str, days: int, words: str
) -> None:
    with translation.override("uk"):
        context = {"days": days, "url": "https://example.org/", "title": "Integrationskonzept"}
        mail = render_to_string(template, context)
    assert f"Посилання діє {words}." in mail
    assert "дн." not in mail


@pytest.mark.django_db
@pytest.mark.parametrize(("days", "words"), [(1, "1 день"), (30, "30 дней")])
def test_consent_to_storing_registration_details_names_the_days_in_full_words(
    days: int, words: str
) -> None:
    session = ForumSessionPage(interpretation=[])
    with translation.override("ru"):
        label = RegistrationForm(session=session, retention_days=days).fields["consent"].label
    assert f"через {words} после заседания" in label
