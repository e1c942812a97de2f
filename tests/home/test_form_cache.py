"""An empty public form is rendered once per language and arguments and then taken from
the cache (`home.forms.PublicForm`): every visitor still gets a start time of their own,
the session's own choices, the fields of action as they are now, and a form they filled
in wrongly with their input and the errors."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.test import Client
from wagtail.models import Page

from beteiligung.models import FeedbackPage
from home.models import HomePage
from tests.beteiligung.factories import make_consultation
from tests.factories import TopicFactory, translate
from tests.forum.factories import ForumSessionPageFactory, make_forum

pytestmark = pytest.mark.django_db


def form_of(client: Client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser").find("form", method="post")


@pytest.fixture
def feedback_url(home_page: HomePage) -> str:
    home_page.add_child(instance=FeedbackPage(title="Rückmeldung", slug="rueckmeldung", intro="x"))
    return "/rueckmeldung/"


def test_each_visitor_gets_a_start_time_of_their_own(client: Client, feedback_url: str) -> None:
    first = form_of(client, feedback_url)
    time.sleep(0.01)
    second = form_of(client, feedback_url)  # from the cache
    starts = [form.find("input", {"name": "started"})["value"] for form in (first, second)]
    assert starts[0] != starts[1]
    for start in starts:
        started = signing.loads(start, salt="teilhabe.form-started")
        assert time.time() - 5 < started <= time.time()
    first.find("input", {"name": "started"}).decompose()
    second.find("input", {"name": "started"}).decompose()
    first.find("input", {"name": "csrfmiddlewaretoken"}).decompose()
    second.find("input", {"name": "csrfmiddlewaretoken"}).decompose()
    assert str(first) == str(second)


def test_the_form_speaks_each_visitors_language(client: Client, feedback_url: str) -> None:
    translate(Page.objects.get(url_path__endswith="/rueckmeldung/").specific, "en", {})
    german = form_of(client, feedback_url).find("label", {"for": "id_text"}).get_text()
    english = form_of(client, "/en/rueckmeldung/").find("label", {"for": "id_text"}).get_text()
    assert german.strip().startswith("Ihre Nachricht")
    assert english.strip().startswith("Your message")


def test_each_session_offers_its_own_interpretation(client: Client, home_page: HomePage) -> None:
    forum = make_forum(home_page)
    arabic = ForumSessionPageFactory(parent=forum, slug="a", interpretation=["ar", "gsg"])
    turkish = ForumSessionPageFactory(parent=forum, slug="b", interpretation=["tr"])

    def offered(session) -> list[str]:
        form = form_of(client, f"{session.url}register/")
        return [radio["value"] for radio in form.select("input[name=interpretation]")]

    assert offered(arabic) == ["", "ar", "gsg"]
    assert offered(turkish) == ["", "tr"]
    assert offered(arabic) == ["", "ar", "gsg"]


def test_a_new_field_of_action_is_offered_at_once(client: Client, home_page: HomePage) -> None:
    consultation = make_consultation(home_page)
    url = f"{consultation.url}paragraph/{consultation.paragraphs[1].block_id}/"

    def topics() -> list[str]:
        return [option.get_text() for option in form_of(client, url).select("#id_topic option")]

    assert "Gesundheit" not in topics()
    TopicFactory(name="Gesundheit", slug="health")
    assert "Gesundheit" in topics()


def test_a_form_filled_in_wrongly_keeps_the_input_and_shows_the_errors(
    client: Client, feedback_url: str
) -> None:
    form_of(client, feedback_url)  # the empty form is cached now
    response = client.post(feedback_url, {"text": "Meine Nachricht", "started": "kaputt"})
    assert response.status_code == 400
    form = BeautifulSoup(response.text, "html.parser").find("form", method="post")
    assert form.find("textarea", {"name": "text"}).get_text().strip() == "Meine Nachricht"
    assert form.find("input", {"name": "started"})["value"] == "kaputt"
    assert form.find("input", {"name": "consent"}).get("aria-describedby")
