"""Whatever the visitor's language, the comment and feedback forms offer every field of
action, named in that language where an editor translated it."""

import pytest
from django.conf import settings
from playwright.sync_api import Page

from beteiligung.models import FeedbackPage
from tests.beteiligung.factories import make_consultation
from tests.factories import TopicFactory, make_site, name_topic, translate

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def forms_in_every_language(live_server) -> dict[str, list[str]]:
    home = make_site()
    TopicFactory(name="Wohnen", slug="housing")
    education = TopicFactory(name="Bildung und Sprache", slug="language")
    name_topic(education, "ar", "التعليم واللغة")
    consultation = make_consultation(home)
    paragraph = consultation.paragraphs[-1].block_id
    feedback = FeedbackPage(title="Feedback", slug="feedback", intro="<p>Ihre Meinung</p>")
    home.add_child(instance=feedback)
    urls = {}
    for code in LANGUAGES:
        # Translating a page copies its untranslated parents, as the admin does.
        if code != settings.LANGUAGE_CODE:
            consultation, feedback = translate(consultation, code), translate(feedback, code)
        urls[code] = [f"{consultation.url}paragraph/{paragraph}/", feedback.url]
    return urls


def test_every_form_offers_every_field_of_action_in_every_language(
    page: Page, forms_in_every_language: dict[str, list[str]]
) -> None:
    for code, urls in forms_in_every_language.items():
        for url in urls:
            page.goto(url)
            options = page.locator("select[name=topic] option").all_inner_texts()
            assert len(options) == 3, f"{code} {url}: {options}"
            if code == "ar":
                assert "التعليم واللغة" in options
