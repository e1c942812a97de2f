"""Numbers in the reader's digits: a Persian page or e-mail writes every number the site fills
in (counts, paragraph numbers, dates, times, seats, figures) in Persian digits, as its fixed
text already does; German keeps Latin digits; machine-readable values stay Latin everywhere."""

import datetime
import re
from html.parser import HTMLParser
from http import HTTPStatus

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation
from django.utils.safestring import SafeData, mark_safe

from beteiligung.models import ConsultationPage, Contribution, Support
from forum.models import ForumAgendaItem, ForumSessionPage, Registration
from home.blocks import RetentionPeriodsBlock
from home.digits import localized_digits
from home.models import HomePage
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.factories import translate
from tests.forum.factories import ForumSessionPageFactory, make_forum

pytestmark = pytest.mark.django_db

LATIN_DIGIT = re.compile(r"[0-9]")
PERSIAN_DIGIT = re.compile(r"[۰-۹]")
URL = re.compile(r"https?://\S+")
#: Attributes people read (screen readers, tooltips, the inline comment form's label).
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder", "data-form-label")

#: The German demo strings of the factories, in Persian and without digits of their own:
#: what editors and citizens write is shown as written, so only filled-in numbers remain.
PERSIAN_CONSULTATION = {
    "Integrationskonzept 2027": "طرح ادغام",
    "Der Entwurf des Integrationskonzepts.": "پیش‌نویس طرح ادغام.",
    **{f"Kapitel {chapter}": "فصل" for chapter in range(1, 4)},
    **{f"Absatz {chapter}.{n}": "بند" for chapter in range(1, 4) for n in range(1, 3)},
}
PERSIAN_SESSION = {
    "Wohnen in der Region": "مسکن در منطقه",
    "Wie finden alle eine Wohnung?": "همه چگونه خانه پیدا می‌کنند؟",
    "Begrüßung": "خوشامدگویی",
}


@pytest.fixture(autouse=True)
def _language_restored():
    """A request leaves its language active in the thread; the next test must not inherit
    Persian from these."""
    with translation.override(translation.get_language()):
        yield


@pytest.fixture
def registration_data(form_started: str) -> dict[str, str]:
    return {
        "name": "Amira Saleh",
        "email": "amira@example.org",
        "organisation": "",
        "accessibility_needs": "",
        "consent": "on",
        "started": form_started,
        "website": "",
    }


class VisibleText(HTMLParser):
    """The text a reader of the page's own language sees or hears: text nodes and readable
    attributes, leaving out scripts and parts marked as another language (`lang="de"`)."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self, language: str):
        super().__init__()
        self.language = language
        self.stack: list[tuple[str, str, bool]] = []  # (tag, lang, hidden)
        self.parts: list[str] = []

    def _current(self) -> tuple[str, bool]:
        return self.stack[-1][1:] if self.stack else (self.language, False)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang, hidden = self._current()
        lang = (attributes.get("lang") or lang).split("-")[0]
        hidden = hidden or tag in ("script", "style", "template")
        if not hidden and lang == self.language:
            self.parts += [attributes[name] or "" for name in READ_ATTRIBUTES if name in attributes]
        if tag not in self.VOID:
            self.stack.append((tag, lang, hidden))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        lang, hidden = self._current()
        if not hidden and lang == self.language:
            self.parts.append(data)


def visible_text(html: str, language: str) -> str:
    parser = VisibleText(language)
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def latin_digits_in(text: str) -> list[str]:
    """The stretches of text around each Latin digit, for a readable failure."""
    return [text[max(0, m.start() - 30) : m.end() + 30] for m in LATIN_DIGIT.finditer(text)]


def mail_text(message) -> str:
    """Subject and body without the links: URLs are for machines and stay as they are."""
    return URL.sub("", f"{message.subject}\n{message.body}")


def page_text(client: Client, url: str, language: str) -> str:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return visible_text(response.text, language)


# The helper ---------------------------------------------------------------------------


def test_persian_gets_persian_digits_and_other_languages_keep_theirs() -> None:
    assert localized_digits("3.2", "fa") == "۳.۲"
    assert localized_digits(1234, "fa-ir") == "۱۲۳۴"
    assert localized_digits("3.2", "ar") == "3.2"
    assert localized_digits(12, "de") == "12"
    with translation.override("fa"):
        assert localized_digits(datetime.date(2026, 12, 2)) == "۲ دسامبر ۲۰۲۶"
    with translation.override("de"):
        assert localized_digits(datetime.date(2026, 12, 2)) == "2. Dezember 2026"


def test_safe_text_stays_safe_and_empty_values_stay_empty() -> None:
    assert isinstance(localized_digits(mark_safe("<b>3</b>"), "fa"), SafeData)
    assert localized_digits(mark_safe("<b>3</b>"), "fa") == "<b>۳</b>"
    assert not isinstance(localized_digits("<b>3</b>", "fa"), SafeData)
    assert localized_digits(None, "fa") is None
    assert localized_digits("", "fa") == ""


# Pages ----------------------------------------------------------------------------------


@pytest.fixture
def consultation_with_comments(home_page: HomePage) -> ConsultationPage:
    consultation = make_consultation(home_page)
    for paragraph in consultation.paragraphs[-1], consultation.paragraphs[-2]:
        for _ in range(2):
            contribution = ContributionFactory(
                consultation=consultation,
                block_id=paragraph.block_id,
                paragraph_number=paragraph.number,
            )
            for person in range(3):
                Support.objects.create(
                    contribution=contribution,
                    email_hash=f"{contribution.pk}-{person}",
                    confirmed_at=timezone.now(),
                )
    return consultation


def test_persian_consultation_and_paragraph_pages_write_numbers_in_persian_digits(
    client: Client, consultation_with_comments: ConsultationPage
) -> None:
    persian = translate(consultation_with_comments, "fa", PERSIAN_CONSULTATION)
    paragraph = persian.paragraphs[-1]
    for url in (persian.url, f"{persian.url}paragraph/{paragraph.block_id}/"):
        text = page_text(client, url, "fa")
        assert "۳.۲" in text
        assert not latin_digits_in(text), latin_digits_in(text)


def test_persian_page_keeps_latin_digits_in_machine_readable_attributes(
    client: Client, consultation_with_comments: ConsultationPage
) -> None:
    persian = translate(consultation_with_comments, "fa", PERSIAN_CONSULTATION)
    block_id = persian.paragraphs[-1].block_id
    html = client.get(f"{persian.url}paragraph/{block_id}/").text
    datetimes = re.findall(r'datetime="([^"]*)"', html)
    assert datetimes and all(re.match(r"\d{4}-\d{2}-\d{2}", value) for value in datetimes)
    links_and_ids = re.findall(r'(?:href|id)="([^"]*)"', html)
    assert not any(PERSIAN_DIGIT.search(value) for value in links_and_ids)


def test_german_page_keeps_latin_digits(
    client: Client, consultation_with_comments: ConsultationPage
) -> None:
    block_id = consultation_with_comments.paragraphs[-1].block_id
    text = page_text(client, f"{consultation_with_comments.url}paragraph/{block_id}/", "de")
    assert "3.2" in text
    assert str(timezone.localdate().year) in text
    assert not PERSIAN_DIGIT.search(text)


def test_persian_results_page_writes_its_figures_in_persian_digits(
    client: Client, consultation_with_comments: ConsultationPage
) -> None:
    consultation = consultation_with_comments
    consultation.opens_at = timezone.now() - datetime.timedelta(days=30)
    consultation.closes_at = timezone.now() - datetime.timedelta(days=1)
    consultation.save_revision().publish()
    Contribution.objects.update(
        review_status=Contribution.ReviewStatus.ADOPTED, public_answer="Wird umgesetzt."
    )
    persian = translate(consultation, "fa", PERSIAN_CONSULTATION)
    text = page_text(client, f"{persian.url}results/", "fa")
    assert "۱۰۰%" in text or "۱۰۰٪" in text
    assert not latin_digits_in(text), latin_digits_in(text)
    german = page_text(client, f"{consultation.url}results/", "de")
    assert re.search(r"100\s?%", german) and not PERSIAN_DIGIT.search(german)


@pytest.fixture
def persian_session(home_page: HomePage) -> ForumSessionPage:
    session = ForumSessionPageFactory(
        parent=make_forum(home_page),
        title="Wohnen in der Region",
        slug="wohnen",
        venue_name="Haus der Region",
        venue_address="Hildesheimer Straße\nHannover",
        capacity=12,
        start=timezone.make_aware(datetime.datetime(2031, 7, 15, 18, 30)),
        end=timezone.make_aware(datetime.datetime(2031, 7, 15, 20, 45)),
    )
    ForumAgendaItem.objects.create(
        page=session, sort_order=0, time=datetime.time(18, 30), title="Begrüßung"
    )
    return translate(session, "fa", PERSIAN_SESSION)


def test_persian_forum_session_writes_date_times_and_seats_in_persian_digits(
    client: Client, persian_session: ForumSessionPage
) -> None:
    text = page_text(client, persian_session.url, "fa")
    assert "۱۵" in text and "۲۰۳۱" in text and "۱۸:۳۰" in text and "۱۲" in text
    assert not latin_digits_in(text), latin_digits_in(text)


# E-mails ----------------------------------------------------------------------------------


def test_persian_comment_confirmation_mail_has_no_latin_digits(
    post, client: Client, consultation_with_comments: ConsultationPage, comment_data: dict
) -> None:
    persian = translate(consultation_with_comments, "fa", PERSIAN_CONSULTATION)
    post(f"{persian.url}paragraph/{persian.paragraphs[-1].block_id}/", comment_data)
    [message] = mail.outbox
    assert PERSIAN_DIGIT.search(message.body)
    assert not latin_digits_in(mail_text(message)), latin_digits_in(mail_text(message))


def test_persian_forum_mails_have_no_latin_digits_but_the_calendar_file_does(
    post, client: Client, persian_session: ForumSessionPage, registration_data: dict
) -> None:
    post(f"{persian_session.url}register/", registration_data)
    registration = Registration.objects.get()
    assert registration.language == "fa"
    link = re.search(r"https?://[^/\s]+(/\S+/confirm/\?token=\S+)", mail.outbox[0].body)
    post(link.group(1))
    request, confirmed = mail.outbox
    for message in request, confirmed:
        assert PERSIAN_DIGIT.search(message.body)
        assert not latin_digits_in(mail_text(message)), latin_digits_in(mail_text(message))
    [(__, calendar, __)] = confirmed.attachments
    assert "DTSTART" in calendar and "20310715" in calendar


def test_persian_privacy_notice_states_its_retention_periods_in_persian_digits() -> None:
    block = RetentionPeriodsBlock()
    with translation.override("fa"):
        text = visible_text(block.render(block.get_default()), "fa")
    assert "۳۰" in text
    assert not latin_digits_in(text), latin_digits_in(text)
