"""A citizen comments on a paragraph: double opt-in, then moderation or publication."""

import datetime
import re
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.utils import timezone

from beteiligung import services
from beteiligung.models import ConsultationPage, Contribution, ModerationMode
from tests.beteiligung.factories import ContributionFactory, TopicFactory
from tests.factories import translate

pytestmark = pytest.mark.django_db
Status = Contribution.ModerationStatus


def paragraph_url(consultation: ConsultationPage, number: str = "3.2") -> str:
    block_id = next(p.block_id for p in consultation.paragraphs if p.number == number)
    return f"{consultation.url}paragraph/{block_id}/"


def confirmation_link(message) -> str:
    return re.search(r"http://testserver(\S+/confirm/\?token=\S+)", message.body).group(1)


def test_citizen_comments_on_paragraph_and_gets_confirmation_mail(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    response = post(paragraph_url(consultation), comment_data)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].endswith("/sent/comment/")

    contribution = Contribution.objects.get()
    assert contribution.moderation_status == Status.UNCONFIRMED
    assert contribution.paragraph_number == "3.2"
    assert contribution.language == "de"
    assert contribution.confirmation_sent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]
    # The mail carries the link and nothing of what was written.
    assert "Sprachkurse" not in mail.outbox[0].body
    assert "/confirm/" in mail.outbox[0].body


def test_opening_the_link_does_not_confirm_only_the_button_does(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    post(paragraph_url(consultation), comment_data)
    link = confirmation_link(mail.outbox[0])
    page = client.get(link)
    assert page.status_code == HTTPStatus.OK
    assert Contribution.objects.get().confirmed_at is None

    confirmed = client.post(link)
    assert confirmed.status_code == HTTPStatus.OK
    contribution = Contribution.objects.get()
    assert contribution.confirmed_at is not None
    assert contribution.moderation_status == Status.PENDING


def test_confirmation_page_is_private_and_its_button_passes_the_csrf_check(
    post, consultation: ConsultationPage, comment_data: dict
) -> None:
    """The page behind the personal link is never cached or indexed. It keeps the site's
    `Referrer-Policy: same-origin`: with `no-referrer` browsers send `Origin: null` with
    the confirm button's POST, and Django's CSRF check refuses it."""
    post(paragraph_url(consultation), comment_data)
    link = confirmation_link(mail.outbox[0])
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(link)
    assert "no-store" in page["Cache-Control"]
    assert page["X-Robots-Tag"] == "noindex"
    assert page["Referrer-Policy"] == "same-origin"
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    confirmed = browser.post(link, {"csrfmiddlewaretoken": token}, HTTP_ORIGIN="http://testserver")
    assert confirmed.status_code == HTTPStatus.OK
    assert Contribution.objects.get().confirmed_at is not None


def test_confirming_twice_is_harmless(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    post(paragraph_url(consultation), comment_data)
    link = confirmation_link(mail.outbox[0])
    client.post(link)
    first = Contribution.objects.get().confirmed_at
    again = client.post(link)
    assert again.status_code == HTTPStatus.OK
    assert Contribution.objects.get().confirmed_at == first


def test_post_moderated_comment_is_published_on_confirmation(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    consultation.moderation_mode = ModerationMode.POST
    consultation.save_revision().publish()
    post(paragraph_url(consultation), comment_data)
    client.post(confirmation_link(mail.outbox[0]))
    assert Contribution.objects.get().moderation_status == Status.PUBLISHED
    html = client.get(paragraph_url(consultation)).text
    assert "Bitte mehr Sprachkurse am Abend.<br>Auch am Wochenende." in html


@pytest.mark.parametrize("decision", [Status.REJECTED, Status.HIDDEN])
def test_confirming_after_a_moderators_decision_does_not_undo_it(
    post, client: Client, consultation: ConsultationPage, comment_data: dict, decision: str
) -> None:
    """Under post-moderation a confirmation publishes at once; a comment a moderator took
    off before its author confirmed stays off."""
    consultation.moderation_mode = ModerationMode.POST
    consultation.save_revision().publish()
    post(paragraph_url(consultation), comment_data)
    Contribution.objects.update(moderation_status=decision, moderation_reason="Beleidigend.")
    response = client.post(confirmation_link(mail.outbox[0]))
    assert response.status_code == HTTPStatus.OK
    contribution = Contribution.objects.get()
    assert contribution.moderation_status == decision
    assert contribution.published_at is None
    assert contribution.confirmed_at is not None
    assert "Sprachkurse" not in client.get(paragraph_url(consultation)).text


@pytest.mark.parametrize(
    "token",
    ["not-a-token", services.CONFIRMATION.token({"kind": "contribution", "id": 1}) + "x"],
    # Fixed ids: the token holds a timestamp, and xdist workers must collect the same ids.
    ids=["garbage", "tampered-signature"],
)
def test_tampered_confirmation_link_gets_a_clear_400(
    client: Client, consultation: ConsultationPage, token: str
) -> None:
    response = client.post(f"{consultation.url}confirm/", QUERY_STRING=f"token={token}")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'role="alert"' in response.text


def test_expired_confirmation_link_gets_a_clear_400(
    post, client: Client, consultation: ConsultationPage, comment_data: dict, settings
) -> None:
    post(paragraph_url(consultation), comment_data)
    link = confirmation_link(mail.outbox[0])
    settings.PARTICIPATION_LINK_HOURS = {
        **settings.PARTICIPATION_LINK_HOURS,
        "consultation.confirm": -1,
    }
    response = client.post(link)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert Contribution.objects.get().confirmed_at is None


def test_confirmation_of_a_deleted_comment_says_it_is_gone(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    post(paragraph_url(consultation), comment_data)
    link = confirmation_link(mail.outbox[0])
    Contribution.objects.all().delete()
    assert client.post(link).status_code == HTTPStatus.GONE


def test_double_submit_stores_the_comment_once(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    post(paragraph_url(consultation), comment_data)
    post(paragraph_url(consultation), comment_data)
    assert Contribution.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": "x" * 4001}, "text"),
        ({"text": "Hallo <script>alert(1)</script>"}, "text"),
        ({"text": "Hallo <b>fett</b>"}, "text"),
        ({"text": "Unsichtbar\x07"}, "text"),
        ({"email": "keine-adresse"}, "email"),
        ({"author_name": ""}, "author_name"),
        ({"consent": ""}, "consent"),
        ({"on_behalf_of_organisation": "on", "organisation": ""}, "organisation"),
    ],
)
def test_bad_input_gets_a_message_at_the_field_and_a_400(
    post,
    client: Client,
    consultation: ConsultationPage,
    comment_data: dict,
    change: dict,
    field: str,
) -> None:
    response = post(paragraph_url(consultation), {**comment_data, **change})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one(f"#id_{field}_error").get_text(strip=True)
    assert soup.select_one(f"#id_{field}")["aria-invalid"] == "true"
    assert soup.select_one(".error-summary") is not None
    assert Contribution.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_and_too_fast_submissions_are_refused(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    bot = post(paragraph_url(consultation), {**comment_data, "website": "x"})
    assert bot.status_code == HTTPStatus.BAD_REQUEST
    assert Contribution.objects.count() == 0


def test_citizen_cannot_comment_after_phase_ends(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    consultation.save_revision().publish()
    response = post(paragraph_url(consultation), comment_data)
    assert response.status_code == HTTPStatus.FORBIDDEN
    assert 'role="alert"' in response.text
    assert Contribution.objects.count() == 0


def test_unknown_paragraph_is_a_404(client: Client, consultation: ConsultationPage) -> None:
    response = client.get(f"{consultation.url}paragraph/gibt-es-nicht/")
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_organisation_statement_is_shown_as_such(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    data = {**comment_data, "on_behalf_of_organisation": "on", "organisation": "Migrantenrat"}
    post(paragraph_url(consultation), data)
    contribution = Contribution.objects.get()
    assert contribution.source == Contribution.Source.STATEMENT
    contribution = services.confirm_contribution(contribution.pk)
    services.approve(contribution, user=None)
    soup = BeautifulSoup(client.get(paragraph_url(consultation)).text, "html.parser")
    article = soup.select_one(".contribution--statement")
    assert "Migrantenrat" in article.get_text()
    assert "ana@example.org" not in soup.get_text()


def test_comment_may_name_a_field_of_action(
    post, client: Client, consultation: ConsultationPage, comment_data: dict, home_page
) -> None:
    topic = TopicFactory()
    post(paragraph_url(consultation), {**comment_data, "topic": topic.pk})
    assert Contribution.objects.get().topic == topic


def test_comment_on_the_whole_document_has_no_paragraph(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    post(f"{consultation.url}comment/", comment_data)
    contribution = Contribution.objects.get()
    assert contribution.block_id == ""
    assert contribution.source == Contribution.Source.DOCUMENT_COMMENT


def test_citizen_text_is_escaped_and_links_are_not_clickable(
    client: Client, consultation: ConsultationPage
) -> None:
    block_id = consultation.paragraphs[-1].block_id
    ContributionFactory(
        consultation=consultation, block_id=block_id, text="Siehe https://example.org & mehr"
    )
    html = client.get(paragraph_url(consultation)).text
    assert "Siehe https://example.org &amp; mehr" in html
    assert 'href="https://example.org"' not in html


def test_comment_written_on_arabic_page_appears_on_german_page(
    post, client: Client, consultation: ConsultationPage, comment_data: dict
) -> None:
    arabic = translate(consultation, "ar", {"Integrationskonzept 2027": "مفهوم الاندماج"})
    assert [p.block_id for p in arabic.paragraphs] == [p.block_id for p in consultation.paragraphs]
    post(paragraph_url(arabic), comment_data)
    contribution = Contribution.objects.get()
    assert contribution.language == "ar"
    assert mail.outbox[0].subject  # written in Arabic, for the Arabic reader
    contribution = services.confirm_contribution(contribution.pk)
    services.approve(contribution, user=None)
    german = client.get(paragraph_url(consultation)).text
    assert "Bitte mehr Sprachkurse am Abend." in german


def test_fragment_returns_only_the_thread_for_inline_display(
    client: Client, consultation: ConsultationPage
) -> None:
    block_id = consultation.paragraphs[-1].block_id
    ContributionFactory(consultation=consultation, block_id=block_id, text="Gute Idee")
    response = client.get(paragraph_url(consultation), {"fragment": "1"})
    assert response.status_code == HTTPStatus.OK
    assert "<html" not in response.text
    assert "Gute Idee" in response.text
