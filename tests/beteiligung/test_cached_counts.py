"""Comment counts come from one cached aggregate and the document from a fragment cache;
publishing, hiding or deleting a comment shows at once."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.test.signals import template_rendered

from beteiligung import services
from beteiligung.models import ConsultationPage, Contribution, Support
from tests.beteiligung.factories import ContributionFactory

pytestmark = pytest.mark.django_db
Status = Contribution.ModerationStatus
PARAGRAPH_TEMPLATE = "beteiligung/includes/paragraph_block.html"


def count_on_paragraph(client: Client, consultation: ConsultationPage) -> str:
    """The text of the paragraph's comment link: "Kommentieren" or "1 Kommentar zu ..."."""
    block_id = consultation.paragraphs[1].block_id
    response = client.get(consultation.url)
    assert response.status_code == HTTPStatus.OK
    page = BeautifulSoup(response.content, "html.parser")
    return page.find("a", href=f"{consultation.url}paragraph/{block_id}/").get_text().strip()


@pytest.fixture
def moderator():
    return get_user_model().objects.create_superuser("mod", "mod@example.org", "pw")


def test_approved_hidden_and_deleted_comments_change_the_count_at_once(
    client: Client, consultation: ConsultationPage, moderator
) -> None:
    block_id = consultation.paragraphs[1].block_id
    waiting = ContributionFactory(
        consultation=consultation, block_id=block_id, moderation_status=Status.PENDING
    )
    assert not count_on_paragraph(client, consultation).startswith("1 Kommentar")

    services.approve(waiting, moderator)
    assert count_on_paragraph(client, consultation).startswith("1 Kommentar")

    services.hide(waiting, moderator, "Beleidigend")
    assert not count_on_paragraph(client, consultation).startswith("1 Kommentar")

    services.approve(waiting, moderator)
    assert count_on_paragraph(client, consultation).startswith("1 Kommentar")
    waiting.delete()
    assert not count_on_paragraph(client, consultation).startswith("1 Kommentar")


def test_document_is_rendered_once_per_revision_and_language(
    client: Client, consultation: ConsultationPage
) -> None:
    rendered: list[str] = []

    def record(sender, template, **kwargs) -> None:
        rendered.append(template.name)

    template_rendered.connect(record)
    try:
        client.get(consultation.url)
        first = rendered.count(PARAGRAPH_TEMPLATE)
        rendered.clear()
        client.get(consultation.url)
        assert rendered.count(PARAGRAPH_TEMPLATE) == 0
        consultation.title = "Integrationskonzept 2028"
        consultation.save_revision().publish()
        rendered.clear()
        client.get(consultation.url)
        assert rendered.count(PARAGRAPH_TEMPLATE) == first > 0
    finally:
        template_rendered.disconnect(record)


def test_thread_shows_new_replies_answers_and_agreements_at_once(
    client: Client, consultation: ConsultationPage, moderator
) -> None:
    block_id = consultation.paragraphs[1].block_id
    url = f"{consultation.url}paragraph/{block_id}/"
    comment = ContributionFactory(consultation=consultation, block_id=block_id)
    assert "Antwort der Verwaltung" not in client.get(url).content.decode()

    reply = ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        parent=comment,
        text="Dem schließe ich mich an.",
        moderation_status=Status.PENDING,
    )
    assert "Dem schließe ich mich an." not in client.get(url).content.decode()
    services.approve(reply, moderator)
    assert "Dem schließe ich mich an." in client.get(url).content.decode()

    support = Support.objects.create(contribution=comment, email_hash="h1")
    services.confirm_support(support.pk)
    assert "1 Person stimmt zu" in client.get(url).content.decode()

    comment.public_answer = "Wir prüfen das."
    comment.save()
    assert "Wir prüfen das." in client.get(url).content.decode()
