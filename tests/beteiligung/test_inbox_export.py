"""The inbox's CSV export reads plain rows in chunks and writes what Wagtail's own
export of the model instances writes."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.snippets.views.snippets import IndexView

from beteiligung.inbox import InboxIndexView
from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, TopicFactory

pytestmark = pytest.mark.django_db
INBOX = "/admin/inbox/"


def export(client: Client, **params: str) -> bytes:
    response = client.get(INBOX, {**params, "export": "csv"})
    assert response.status_code == HTTPStatus.OK
    return b"".join(response.streaming_content)


def test_csv_export_from_rows_equals_wagtails_export_of_instances(
    client: Client, consultation: ConsultationPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = get_user_model().objects.create_superuser("eva", "eva@example.org", "pw")
    client.force_login(staff)
    topic = TopicFactory(name="Bildung und Sprache")
    ContributionFactory(
        consultation=consultation,
        topic=topic,
        assignee=staff,
        paragraph_number="3.2",
        text='Mehr Kurse; "abends", bitte\nund am Wochenende',
        public_answer="Ab 2027.",
    )
    ContributionFactory(consultation=None, source=Contribution.Source.FEEDBACK)
    ContributionFactory(consultation=consultation, organisation="Verein e. V.")

    fast = {"all": export(client), "filtered": export(client, topic=str(topic.pk))}
    monkeypatch.setattr(InboxIndexView, "stream_csv", IndexView.stream_csv)
    slow = {"all": export(client), "filtered": export(client, topic=str(topic.pk))}

    assert fast == slow
    assert fast["all"].count(b"\r\n") > 3
    assert b"Bildung und Sprache" in fast["filtered"]
