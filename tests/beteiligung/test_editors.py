"""Editors create consultations in the Wagtail admin; the index lists them by phase."""

import datetime
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from beteiligung.models import ConsultationIndexPage, ConsultationPage
from home.models import HomePage
from tests.beteiligung.factories import ConsultationIndexPageFactory, ConsultationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client: Client) -> Client:
    user = get_user_model().objects.create_superuser("eda", "eda@example.org", "pw")
    client.force_login(user)
    return client


def consultation_form(**overrides) -> dict:
    now = timezone.localtime()
    data = {
        "title": "Leitlinien Interkulturelle Öffnung",
        "slug": "leitlinien",
        "intro": rich_text("<p>Entwurf der Leitlinien.</p>"),
        "document": streamfield(
            [
                ("chapter", {"title": "Grundsätze", "summary": ""}),
                ("paragraph", rich_text("<p>Die Verwaltung öffnet sich.</p>")),
            ]
        ),
        "opens_at": (now + datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M"),
        "closes_at": (now + datetime.timedelta(days=30)).strftime("%Y-%m-%d %H:%M"),
        "moderation_mode": "pre",
        "contact": streamfield([]),
        "downloads": streamfield([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_a_consultation(editor_client: Client, home_page: HomePage) -> None:
    index = ConsultationIndexPageFactory(parent=home_page)
    response = editor_client.post(
        f"/admin/pages/add/beteiligung/consultationpage/{index.pk}/", consultation_form()
    )
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    page = ConsultationPage.objects.get(slug="leitlinien")
    assert page.live
    assert [p.number for p in page.paragraphs] == ["1", "1.1"]


def test_document_must_begin_with_a_chapter(editor_client: Client, home_page: HomePage) -> None:
    index = ConsultationIndexPageFactory(parent=home_page)
    form = consultation_form(
        document=streamfield([("paragraph", rich_text("<p>Ohne Kapitel.</p>"))])
    )
    response = editor_client.post(
        f"/admin/pages/add/beteiligung/consultationpage/{index.pk}/", form
    )
    assert response.status_code == HTTPStatus.OK
    assert not ConsultationPage.objects.filter(slug="leitlinien").exists()


def test_consultation_must_close_after_it_opens(editor_client: Client, home_page: HomePage) -> None:
    index = ConsultationIndexPageFactory(parent=home_page)
    now = timezone.localtime()
    form = consultation_form(
        closes_at=(now - datetime.timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    )
    response = editor_client.post(
        f"/admin/pages/add/beteiligung/consultationpage/{index.pk}/", form
    )
    assert response.status_code == HTTPStatus.OK
    assert not ConsultationPage.objects.filter(slug="leitlinien").exists()


def test_index_lists_current_upcoming_and_past_consultations(
    client: Client, home_page: HomePage
) -> None:
    index: ConsultationIndexPage = ConsultationIndexPageFactory(parent=home_page)
    now = timezone.now()
    day = datetime.timedelta(days=1)
    ConsultationPageFactory(parent=index, title="Jetzt", slug="jetzt")
    ConsultationPageFactory(
        parent=index, title="Bald", slug="bald", opens_at=now + day, closes_at=now + 9 * day
    )
    ConsultationPageFactory(
        parent=index, title="Vorbei", slug="vorbei", opens_at=now - 9 * day, closes_at=now - day
    )
    soup = BeautifulSoup(client.get(index.url).text, "html.parser")
    sections = {
        section["aria-labelledby"]: [a.get_text() for a in section.select("h3 a")]
        for section in soup.select("section[aria-labelledby]")
    }
    assert sections["current-heading"] == ["Jetzt"]
    assert sections["upcoming-heading"] == ["Bald"]
    assert sections["past-heading"] == ["Vorbei"]


def test_start_page_points_to_the_open_consultation(client: Client, home_page: HomePage) -> None:
    index = ConsultationIndexPageFactory(parent=home_page)
    ConsultationPageFactory(parent=index, title="Jetzt", slug="jetzt")
    soup = BeautifulSoup(client.get("/").text, "html.parser")
    teaser = soup.select_one("section[aria-labelledby=consultations-heading]")
    assert teaser.select_one("a[href='/beteiligung/jetzt/']") is not None
