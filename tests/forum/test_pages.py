"""The forum's pages as visitors and editors meet them: index, session page, teaser."""

import datetime
import json
import re
import zoneinfo
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import Page

from forum import services
from forum.models import ForumIndexPage, ForumSessionPage
from home.models import ContentPage, HomePage
from tests.factories import TopicFactory, name_topic, translate
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, add_agenda

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def at(year: int, month: int, day: int, hour: int = 18) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=BERLIN)


def session_on(forum: ForumIndexPage, start: datetime.datetime, **kwargs) -> ForumSessionPage:
    return ForumSessionPageFactory(
        parent=forum, start=start, end=start + datetime.timedelta(hours=2), **kwargs
    )


def titles(html: str, selector: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [node.get_text(strip=True) for node in soup.select(selector)]


def test_forum_pages_go_where_editors_expect() -> None:
    assert ForumIndexPage.can_exist_under(HomePage())
    assert ForumIndexPage.can_exist_under(ContentPage())
    assert ForumSessionPage.can_exist_under(ForumIndexPage())
    assert not ForumSessionPage.can_exist_under(HomePage())
    assert ForumSessionPage.allowed_subpage_models() == []


def test_index_lists_upcoming_sessions_first_then_past_ones_by_year(
    client: Client, forum: ForumIndexPage
) -> None:
    soon = timezone.now() + datetime.timedelta(days=7)
    session_on(forum, soon + datetime.timedelta(days=30), title="Übernächste")
    session_on(forum, soon, title="Nächste")
    session_on(forum, at(2024, 5, 1), title="Mai 2024")
    session_on(forum, at(2025, 3, 1), title="März 2025")
    session_on(forum, at(2025, 11, 1), title="November 2025")

    with translation.override("en"):
        html = client.get("/en" + forum.url).text
    soup = BeautifulSoup(html, "html.parser")
    upcoming, past = soup.select("main section")[:2]
    assert [h.get_text(strip=True) for h in upcoming.select("h3")] == ["Nächste", "Übernächste"]
    assert [h.get_text(strip=True) for h in past.select("h3")] == ["2025", "2024"]
    assert [h.get_text(strip=True) for h in past.select("h4")] == [
        "November 2025",
        "März 2025",
        "Mai 2024",
    ]
    assert "Registration open" in upcoming.get_text()


def test_index_filters_by_topic(client: Client, forum: ForumIndexPage) -> None:
    soon = timezone.now() + datetime.timedelta(days=7)
    session_on(forum, soon, title="Wohnen", topic=TopicFactory(name="Housing", slug="housing"))
    health = TopicFactory(name="Gesundheit und Pflege", slug="health")
    name_topic(health, "en", "Health and care")
    session_on(forum, soon, title="Gesundheit", topic=health)
    with translation.override("en"):
        html = client.get("/en" + forum.url + "?topic=health").text
    assert titles(html, "main .card__title") == ["Gesundheit"]
    current = BeautifulSoup(html, "html.parser").select_one(".forum-topics [aria-current]")
    assert current.get_text(strip=True) == "Health and care"


def test_unknown_topic_gets_a_clear_message_and_400(client: Client, forum: ForumIndexPage) -> None:
    session_on(forum, timezone.now() + datetime.timedelta(days=7), title="Wohnen")
    with translation.override("en"):
        response = client.get("/en" + forum.url + "?topic=<script>")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "There is no such topic" in response.text
    assert "<script>" not in response.text
    assert titles(response.text, "main .card__title") == ["Wohnen"]


def test_session_page_shows_facts_agenda_and_registration(
    client: Client, session: ForumSessionPage
) -> None:
    session.start = at(2031, 7, 15, 18)
    session.end = at(2031, 7, 15, 20)
    session.hearing_loop = True
    session.online_url = "https://meet.example.org/geheim"
    session.save()
    add_agenda(session, 3)
    with translation.override("en"):
        response = client.get("/en" + session.url)
    assert response.status_code == HTTPStatus.OK
    html = response.text
    assert '<time datetime="2031-07-15T18:00:00+02:00">' in html
    assert "6 p.m. to 8 p.m." in html
    assert "Arabic, German Sign Language" in html
    assert "Induction loop for hearing aids." in html
    assert titles(html, ".forum-agenda h3") == ["Punkt 1", "Punkt 2", "Punkt 3"]
    assert "2 seats are still free." in html
    assert session.url + "register/" in html
    # The conference link goes only to registered people.
    assert "geheim" not in html


def test_times_are_german_time_in_every_language(
    client: Client, session: ForumSessionPage, settings
) -> None:
    session.start = at(2031, 1, 20, 18)
    session.end = at(2031, 1, 20, 20)
    session.save()
    settings.TIME_ZONE = "America/New_York"
    with timezone.override("America/New_York"):
        html = client.get(session.url).text
    assert "18:00" in html
    assert "2031-01-20T18:00:00+01:00" in html


def test_session_page_shows_results_with_stable_anchors(
    client: Client, session: ForumSessionPage
) -> None:
    session.results = [("result", "Mehr Sprachmittlung in Kitas."), ("result", "Ein Fonds.")]
    session.minutes = "<p>Rund 50 Personen nahmen teil.</p>"
    session.save_revision().publish()
    session.refresh_from_db()
    ids = [block.id for block in session.results]
    html = client.get(session.url).text
    for block_id in ids:
        assert f'id="result-{block_id}"' in html
    assert "Rund 50 Personen nahmen teil." in html


def test_result_ids_survive_translation(session: ForumSessionPage) -> None:
    session.results = [("result", "Mehr Sprachmittlung in Kitas.")]
    session.save_revision().publish()
    english = translate(
        session, "en", {"Mehr Sprachmittlung in Kitas.": "More language mediation."}
    )
    assert [block.id for block in english.results] == [block.id for block in session.results]
    assert english.results[0].value == "More language mediation."


def test_translated_session_keeps_agenda_and_shares_seats(
    client: Client, session: ForumSessionPage
) -> None:
    add_agenda(session, 2)
    session.save_revision().publish()
    services.confirm(RegistrationFactory(session=session))
    english = translate(session, "en", {"Punkt 1": "Item 1", "wohnen": "housing"})
    assert [item.title for item in english.agenda_items.all()] == ["Item 1", "Punkt 2"]
    assert english.original.pk == session.pk
    with translation.override("en"):
        assert "1 seat is still free." in client.get(english.url).text


def test_session_page_describes_the_event_for_search_engines(
    client: Client, session: ForumSessionPage
) -> None:
    session.title = "Wohnen </script><script>alert(1)</script>"
    session.online_url = "https://meet.example.org/geheim"
    session.save()
    response = client.get(session.url)
    soup = BeautifulSoup(response.text, "html.parser")
    [script] = soup.find_all("script", type="application/ld+json")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert script["nonce"] == nonce
    assert "</script><script>" not in response.text
    data = json.loads(script.string)
    assert data["@type"] == "Event"
    assert data["name"] == session.title
    assert data["startDate"] == session.start.astimezone(BERLIN).isoformat()
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert "geheim" not in script.string


def test_pages_have_no_other_inline_script_or_style(
    client: Client, session: ForumSessionPage, forum: ForumIndexPage
) -> None:
    for url in [forum.url, session.url, session.url + "register/"]:
        soup = BeautifulSoup(client.get(url).text, "html.parser")
        assert soup.find("style") is None, url
        assert soup.find(style=True) is None, url
        inline = [s for s in soup.find_all("script") if not s.get("src")]
        assert all(s.get("type") == "application/ld+json" for s in inline), url
        assert not soup.find(attrs={re.compile(r"^on"): True}), url


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end": at(2031, 1, 1, 17)}, "end"),
        ({"venue_address": "", "online_url": ""}, "venue_address"),
        ({"registration_closes": at(2031, 1, 2)}, "registration_closes"),
        ({"registration_opens": at(2031, 1, 1, 19)}, "registration_opens"),
    ],
)
def test_editor_gets_a_message_at_the_field_that_needs_fixing(
    session: ForumSessionPage, changes: dict, field: str
) -> None:
    session.start = at(2031, 1, 1, 18)
    session.end = at(2031, 1, 1, 20)
    for name, value in changes.items():
        setattr(session, name, value)
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert field in error.value.message_dict


def test_teaser_lists_next_sessions_in_the_active_language(
    forum: ForumIndexPage, client: Client
) -> None:
    soon = timezone.now() + datetime.timedelta(days=3)
    first = session_on(forum, soon, title="Erste")
    session_on(forum, soon + datetime.timedelta(days=1), title="Zweite")
    session_on(forum, soon + datetime.timedelta(days=2), title="Dritte")
    session_on(forum, at(2024, 1, 1), title="Vorbei")
    translate(first, "en", {"Erste": "First"})

    with translation.override("de"):
        assert [s.title for s in services.upcoming_sessions(2)] == ["Erste", "Zweite"]
    with translation.override("en"):
        sessions = services.upcoming_sessions(3)
        html = render_to_string("forum/includes/upcoming_sessions.html", {"sessions": sessions})
    assert [s.title for s in sessions] == ["First"]
    assert "Next sessions of the Intercultural Forum" in html
    assert "/en/" in html


def test_unpublished_sessions_are_not_listed(client: Client, forum: ForumIndexPage) -> None:
    draft = session_on(forum, timezone.now() + datetime.timedelta(days=3), title="Entwurf")
    Page.objects.filter(pk=draft.pk).update(live=False)
    assert "Entwurf" not in client.get(forum.url).text
    assert services.upcoming_sessions() == []
