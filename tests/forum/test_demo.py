"""The forum's demo content: past sessions with minutes and results, two upcoming ones
with open registration, in German and English."""

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from config.demo.loader import ensure_topics, load_part
from forum.models import ForumIndexPage, ForumSessionPage, Registration, RegistrationState
from forum.services import seat_counts
from home.models import HomePage
from tests.factories import ensure_locales, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_page: HomePage) -> ForumIndexPage:
    locales = ensure_locales()
    ensure_topics(locales)
    translate(home_page, "en")
    return load_part("forum", {"start": home_page})["interkulturelles-forum"]


def test_demo_has_past_sessions_with_results_and_two_open_ones(demo: ForumIndexPage) -> None:
    sessions = ForumSessionPage.objects.child_of(demo).order_by("start")
    now = timezone.now()
    past = [session for session in sessions if session.end < now]
    upcoming = [session for session in sessions if session.end >= now]
    assert len(past) >= 2
    assert all(session.minutes and len(session.results) >= 2 for session in past)
    assert len(upcoming) == 2
    counts = seat_counts(upcoming)
    states = {s.registration_state(counts[s.translation_key]) for s in upcoming}
    assert states == {RegistrationState.OPEN}


def test_demo_is_in_german_and_english(demo: ForumIndexPage, client: Client) -> None:
    english = ForumSessionPage.objects.filter(locale__language_code="en")
    assert english.count() == 5
    assert all(page.alias_of_id is None for page in english)
    for page in Page.objects.live().type(ForumIndexPage, ForumSessionPage):
        assert client.get(page.url).status_code == 200, page.url


def test_loading_the_demo_again_changes_nothing(demo: ForumIndexPage) -> None:
    home = HomePage.objects.get(locale__language_code="de")
    pages, registrations = Page.objects.count(), Registration.objects.count()
    load_part("forum", {"start": home})
    assert (Page.objects.count(), Registration.objects.count()) == (pages, registrations)
