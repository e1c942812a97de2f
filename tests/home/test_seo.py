"""Search engines and link previews find a description, one canonical address and every
language version of each page type, all as absolute addresses."""

from dataclasses import dataclass
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from beteiligung.models import FeedbackPage
from home.models import HomePage
from tests.beteiligung.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from tests.factories import ContentPageFactory, ensure_locales, translate
from tests.forum.factories import ForumIndexPageFactory, ForumSessionPageFactory

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"  # the default site's root URL, as Settings → Sites has it
#: Pages without an introduction of their own are described by the site's description.
SITE_DESCRIPTION = "Die Stabsstelle Integration und Teilhabe der Region Hannover"

ENGLISH = {
    "Integration und Teilhabe": "Integration and participation",
    "Über uns": "About us",
    "ueber-uns": "about-us",
    "Beteiligung": "Participation",
    "beteiligung": "participation",
    "Integrationskonzept 2027": "Integration concept 2027",
    "integrationskonzept": "integration-concept",
    "Rückmeldung": "Feedback",
    "rueckmeldung": "feedback",
    "Interkulturelles Forum": "Intercultural Forum",
    "forum-sitzungen": "forum-sessions",
    "Wohnen in der Region": "Housing in the region",
    "wohnen": "housing",
}


@dataclass(frozen=True)
class Case:
    german: str
    english: str
    description: str


@pytest.fixture
def cases(home_page: HomePage) -> dict[str, Case]:
    """Every page type in German and English, with the description each should have."""
    about = ContentPageFactory(
        parent=home_page, title="Über uns", slug="ueber-uns", intro="Wer wir sind & was wir tun."
    )
    index = ConsultationIndexPageFactory(parent=home_page)
    consultation = ConsultationPageFactory(parent=index)
    feedback = home_page.add_child(
        instance=FeedbackPage(
            title="Rückmeldung", slug="rueckmeldung", intro="<p>Sagen Sie uns Ihre Meinung.</p>"
        )
    )
    forum = ForumIndexPageFactory(parent=home_page)
    session = ForumSessionPageFactory(
        parent=forum,
        title="Wohnen in der Region",
        slug="wohnen",
        search_description="Wie alle eine Wohnung finden.",
    )
    for page in (home_page, about, index, consultation, feedback, forum, session):
        translate(page, "en", ENGLISH)
    paragraph = consultation.paragraphs[1]
    return {
        "home": Case("/", "/en/", "Willkommen bei der Stabsstelle Integration und Teilhabe."),
        "content page": Case("/ueber-uns/", "/en/about-us/", "Wer wir sind & was wir tun."),
        "consultation index": Case("/beteiligung/", "/en/participation/", SITE_DESCRIPTION),
        "consultation": Case(
            "/beteiligung/integrationskonzept/",
            "/en/participation/integration-concept/",
            "Der Entwurf des Integrationskonzepts.",
        ),
        "paragraph page": Case(
            f"/beteiligung/integrationskonzept/paragraph/{paragraph.block_id}/",
            f"/en/participation/integration-concept/paragraph/{paragraph.block_id}/",
            "Absatz 1.1",
        ),
        "results page": Case(
            "/beteiligung/integrationskonzept/results/",
            "/en/participation/integration-concept/results/",
            "Wie viele Beiträge in dieser Beteiligung veröffentlicht wurden",
        ),
        "feedback page": Case("/rueckmeldung/", "/en/feedback/", "Sagen Sie uns Ihre Meinung."),
        "forum index": Case(
            "/forum-sitzungen/", "/en/forum-sessions/", "Das Forum trifft sich mehrmals im Jahr."
        ),
        "forum session": Case(
            "/forum-sitzungen/wohnen/",
            "/en/forum-sessions/housing/",
            "Wie alle eine Wohnung finden.",
        ),
        "search": Case("/suche/", search_path("en"), SITE_DESCRIPTION),
    }


def search_path(language: str) -> str:
    with translation.override(language):
        return reverse("search")


def head(client: Client, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == HTTPStatus.OK, path
    return BeautifulSoup(response.text, "html.parser").head


def alternates(soup: BeautifulSoup) -> dict[str, str]:
    return {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate][hreflang]")}


PAGE_TYPES = [
    "home",
    "content page",
    "consultation index",
    "consultation",
    "paragraph page",
    "results page",
    "feedback page",
    "forum index",
    "forum session",
    "search",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_describes_itself_in_its_head(
    client: Client, cases: dict[str, Case], page_type: str
) -> None:
    case = cases[page_type]
    soup = head(client, case.german)
    description = soup.select_one("meta[name=description]")["content"]
    assert description.startswith(case.description)
    assert len(description) <= 160
    assert soup.select_one("meta[property='og:description']")["content"] == description
    assert soup.select_one("meta[property='og:title']")["content"]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_names_its_canonical_address(
    client: Client, cases: dict[str, Case], page_type: str
) -> None:
    case = cases[page_type]
    for path in (case.german, case.english):
        soup = head(client, path)
        assert soup.select_one("link[rel=canonical]")["href"] == ROOT + path
        assert soup.select_one("meta[property='og:url']")["content"] == ROOT + path


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_links_each_language_version_absolutely_with_a_default(
    client: Client, cases: dict[str, Case], page_type: str
) -> None:
    case = cases[page_type]
    expected = {"de": ROOT + case.german, "en": ROOT + case.english}
    if page_type == "search":
        # The search exists in every language.
        expected = {code: ROOT + search_path(code) for code, _name in settings.LANGUAGES}
    for path in (case.german, case.english):
        found = alternates(head(client, path))
        assert all(url.startswith(ROOT + "/") for url in found.values())
        assert found["x-default"] == ROOT + case.german
        assert {code: url for code, url in found.items() if code in expected} == expected


def test_untranslated_page_points_search_engines_to_the_german_original(
    client: Client, home_page: HomePage
) -> None:
    from wagtail_localize.models import LocaleSynchronization

    locales = ensure_locales()
    LocaleSynchronization.objects.create(locale=locales["uk"], sync_from=locales["de"])
    ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    LocaleSynchronization.objects.get(locale=locales["uk"]).sync_trees()

    soup = head(client, "/uk/ueber-uns/")
    assert soup.select_one("link[rel=canonical]")["href"] == ROOT + "/ueber-uns/"
    assert "uk" not in alternates(soup)


def test_description_prefers_the_editors_search_description(
    client: Client, home_page: HomePage
) -> None:
    ContentPageFactory(
        parent=home_page, slug="seite", intro="Die Einleitung.", search_description="Für Suchen."
    )
    soup = head(client, "/seite/")
    assert soup.select_one("meta[name=description]")["content"] == "Für Suchen."


def test_long_introduction_is_shortened_at_a_word(client: Client, home_page: HomePage) -> None:
    ContentPageFactory(parent=home_page, slug="seite", intro="Beratung " * 40)
    description = head(client, "/seite/").select_one("meta[name=description]")["content"]
    assert len(description) <= 160
    assert description.endswith("Beratung…")


def test_error_pages_ask_search_engines_not_to_index_them(
    client: Client, home_page: HomePage
) -> None:
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    assert soup.select_one("link[rel=canonical]") is None
