from http import HTTPStatus

import pytest
from django.test import Client
from wagtail.models import Page

from home.models import ContentPage, HomePage
from tests.factories import ContentPageFactory, translate

pytestmark = pytest.mark.django_db


def test_visitor_sees_start_page_in_german_at_root(client: Client, home_page: HomePage) -> None:
    response = client.get("/")
    assert response.status_code == HTTPStatus.OK
    assert b'<html lang="de" dir="ltr">' in response.content
    assert "Willkommen bei der Stabsstelle" in response.text


def test_visitor_sees_content_page_with_its_blocks(client: Client, home_page: HomePage) -> None:
    page = ContentPageFactory(
        parent=home_page,
        title="Orientierungsberatung",
        slug="orientierungsberatung",
        body=[
            ("heading", {"text": "Was wir anbieten", "level": "h2"}),
            ("paragraph", "<p>Beratung in vielen Sprachen.</p>"),
            ("quote", {"text": "Ein Zitat", "attribution": "Eine Person"}),
            (
                "accordion",
                {
                    "title": "Fragen",
                    "items": [{"question": "Kostet das etwas?", "answer": "<p>Nein.</p>"}],
                },
            ),
            (
                "contact",
                {"name": "Front Office", "role": "", "phone": "0511 1", "email": "", "note": ""},
            ),
        ],
    )
    response = client.get(page.url)
    assert response.status_code == HTTPStatus.OK
    html = response.text
    assert "<h1>Orientierungsberatung</h1>" in html
    assert "<h2>Was wir anbieten</h2>" in html
    assert "<summary>Kostet das etwas?</summary>" in html
    assert 'href="tel:05111"' in html


def test_section_page_lists_its_subpages(client: Client, home_page: HomePage) -> None:
    section = ContentPageFactory(parent=home_page, title="Handlungsfelder", slug="handlungsfelder")
    ContentPageFactory(parent=section, title="Fördermanagement", intro="Der Regionsfonds.")
    hidden = ContentPageFactory(parent=section, title="Entwurf")
    hidden.unpublish()
    response = client.get(section.url)
    assert "Fördermanagement" in response.text
    assert "Der Regionsfonds." in response.text
    assert "Entwurf" not in response.text

    # The list is cached until a page changes: the published draft shows at once.
    hidden.save_revision().publish()
    assert "Entwurf" in client.get(section.url).text


def test_main_menu_shows_pages_marked_for_menus_and_marks_the_current_one(
    client: Client, home_page: HomePage
) -> None:
    shown = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    ContentPageFactory(parent=home_page, title="Impressum", slug="impressum", show_in_menus=False)
    response = client.get(shown.url)
    menu = response.text.split('class="main-menu"')[1].split("</nav>")[0]
    assert 'href="/ueber-uns/" aria-current="page">Über uns' in menu
    assert "Impressum" not in menu


def test_breadcrumb_leads_back_to_start(client: Client, home_page: HomePage) -> None:
    section = ContentPageFactory(parent=home_page, title="Handlungsfelder", slug="handlungsfelder")
    page = ContentPageFactory(parent=section, title="Fördermanagement", slug="foerdermanagement")
    response = client.get(page.url)
    crumbs = response.text.split('class="breadcrumb"')[1].split("</nav>")[0]
    assert crumbs.index('href="/"') < crumbs.index('href="/handlungsfelder/"')
    assert 'aria-current="page">Fördermanagement' in crumbs


def test_unknown_address_gets_translated_404_page(client: Client, home_page: HomePage) -> None:
    response = client.get("/en/gibt-es-nicht/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Page not found" in response.text
    assert '<html lang="en"' in response.text


def test_english_translation_is_served_under_en_prefix(client: Client, home_page: HomePage) -> None:
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    translate(page, "en", {"Über uns": "About us", "ueber-uns": "about-us"})
    response = client.get("/en/about-us/")
    assert response.status_code == HTTPStatus.OK
    assert "<h1>About us</h1>" in response.text
    assert '<html lang="en" dir="ltr">' in response.text


def test_arabic_pages_are_right_to_left(client: Client, home_page: HomePage) -> None:
    translate(home_page, "ar", {"Integration und Teilhabe": "الاندماج والمشاركة"})
    response = client.get("/ar/")
    assert response.status_code == HTTPStatus.OK
    assert '<html lang="ar" dir="rtl">' in response.text


def test_content_page_can_only_live_below_start_or_content_page() -> None:
    assert ContentPage.allowed_parent_page_models() == [HomePage, ContentPage]
    assert Page not in ContentPage.allowed_parent_page_models()


def test_start_page_points_to_the_next_forum_sessions(client: Client, home_page: HomePage) -> None:
    from tests.forum.factories import ForumSessionPageFactory, make_forum

    ForumSessionPageFactory(parent=make_forum(home_page), title="Wohnen in der Region")
    html = client.get("/").text
    assert 'aria-labelledby="forum-upcoming-heading"' in html
    assert "Wohnen in der Region" in html
