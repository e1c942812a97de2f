"""People who prefer listening have a page or a paragraph read aloud by their own browser,
in the page's language; the sign-language video plays with captions from the site itself.

The tests replace the browser's speech synthesis with a recording stand-in (headless
Chromium has no voices); the buttons, their labels and the announcements are the real
ones."""

import json
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.core.files import File
from playwright.sync_api import Page, expect
from wagtail.documents.models import Document
from wagtail.models import Collection

from home.blocks import VideoBlock
from tests.beteiligung.factories import make_consultation
from tests.browser.conftest import assert_accessible
from tests.factories import ContentPageFactory, make_site, translate
from tests.forum.factories import ForumSessionPageFactory, add_agenda, make_forum

DEMO = Path(settings.BASE_DIR) / "home" / "static" / "home" / "demo"

#: A stand-in for window.speechSynthesis that records what the page asks of it. `voices`
#: are the voices the "browser" has; `window.speech.finish()` ends the current reading.
SPEECH_STUB = """
(voices) => {
    const log = [];
    const queue = [];
    class Utterance extends EventTarget {
        constructor(text) { super(); this.text = text; this.lang = ""; this.voice = null; }
    }
    const synth = new EventTarget();
    synth.getVoices = () => voices;
    synth.speak = (utterance) => {
        queue.push(utterance);
        const voice = utterance.voice && utterance.voice.name;
        log.push(["speak", utterance.text, utterance.lang, voice]);
    };
    // Like Chrome's, it stays paused after cancel().
    synth.paused = false;
    synth.pause = () => { synth.paused = true; log.push(["pause"]); };
    synth.resume = () => { synth.paused = false; log.push(["resume"]); };
    synth.cancel = () => {
        log.push(["cancel"]);
        queue.splice(0).forEach((u) => {
            const event = new Event("error");
            event.error = "interrupted";
            u.dispatchEvent(event);
        });
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = Utterance;
    window.speech = {
        log,
        finish: () => queue.splice(0).forEach((u) => u.dispatchEvent(new Event("end"))),
    };
}
"""

LOCAL_VOICES = [
    {"name": "Stimme", "lang": "de-DE", "localService": True},
    {"name": "Voice", "lang": "en-GB", "localService": True},
    {"name": "صوت", "lang": "ar-SA", "localService": True},
    {"name": "Cloud", "lang": "de-DE", "localService": False},
]

BODY = [
    ("heading", {"text": "Was wir anbieten", "level": "h2"}),
    ("paragraph", "<p>Beratung in vielen Sprachen.</p>"),
    ("paragraph", "<p>Kurse am Abend und am Wochenende.</p>"),
]

STRINGS = {
    "en": {
        "Über uns": "About us",
        "ueber-uns": "about-us",
        "Beratung in vielen Sprachen.": "Advice in many languages.",
    },
    "ar": {
        "Über uns": "من نحن",
        "ueber-uns": "man-nahnu",
        "Beratung in vielen Sprachen.": "استشارات بلغات كثيرة.",
    },
}


def with_voices(page: Page, voices: list[dict] | None) -> Page:
    """Gives the page a speech synthesis with these voices, or none at all."""
    if voices is None:
        page.add_init_script(
            "delete Window.prototype.speechSynthesis; delete window.speechSynthesis;"
        )
    else:
        page.add_init_script(f"({SPEECH_STUB})({json.dumps(voices)})")
    return page


def spoken(page: Page) -> list[list]:
    return page.evaluate("window.speech.log")


@pytest.fixture
def pages(live_server) -> dict[str, dict[str, str]]:
    """A content page, a consultation, one of its paragraphs and a forum session, in
    German, English and Arabic; their paths per language."""
    home = make_site()
    ContentPageFactory(parent=home, title="Nebenan", slug="nebenan")
    about = ContentPageFactory(
        parent=home, title="Über uns", slug="ueber-uns", intro="Wer wir sind.", body=BODY
    )
    ContentPageFactory(parent=about, title="Team", slug="team", intro="Unterseite.")
    consultation = make_consultation(home)
    session = ForumSessionPageFactory(parent=make_forum(home), title="Wohnen", slug="wohnen")
    add_agenda(session, 2)
    block_id = consultation.paragraphs[1].block_id
    paths = {"de": {}, "en": {}, "ar": {}}
    for code in ("de", "en", "ar"):
        versions = {
            "content": about,
            "consultation": consultation,
            "session": session,
        }
        if code != "de":
            translate(home, code)
            for parent in (consultation.get_parent(), session.get_parent()):
                translate(parent, code)
            versions = {
                name: translate(page, code, STRINGS[code]) for name, page in versions.items()
            }
        paths[code] = {name: page.url for name, page in versions.items()}
        paths[code]["paragraph"] = f"{versions['consultation'].url}paragraph/{block_id}/"
    return paths


def test_reader_plays_pauses_resumes_and_stops_the_whole_text(page: Page, pages: dict) -> None:
    with_voices(page, LOCAL_VOICES).goto(pages["de"]["content"])
    toolbar = page.get_by_role("group", name="Vorlesen")
    # Located by their place, not by name: the names change as the reading goes on.
    play = toolbar.locator("[data-read-aloud-play]")
    stop = toolbar.locator("[data-read-aloud-stop]")
    status = toolbar.get_by_role("status")
    expect(play).to_have_text("Den ganzen Text vorlesen")
    expect(stop).to_be_hidden()
    expect(stop).to_be_hidden()

    play.click()
    expect(play).to_have_text("Vorlesen pausieren")
    expect(stop).to_be_visible()
    expect(stop).to_have_text("Vorlesen beenden")
    expect(status).to_have_text("Der Text wird vorgelesen.")
    said = [entry[1] for entry in spoken(page) if entry[0] == "speak"]
    assert said[:4] == [
        "Über uns",
        "Wer wir sind.",
        "Was wir anbieten",
        "Beratung in vielen Sprachen.",
    ]
    # Neither the buttons nor the list of sub-pages are part of the text.
    assert not [text for text in said if "vorlesen" in text or "Unterseite" in text]
    # A voice on the device in the page's language, never one that sends text away.
    assert {(entry[2], entry[3]) for entry in spoken(page) if entry[0] == "speak"} == {
        ("de", "Stimme")
    }

    play.click()
    expect(play).to_have_text("Vorlesen fortsetzen")
    expect(status).to_have_text("Vorlesen pausiert.")
    play.click()
    expect(play).to_have_text("Vorlesen pausieren")
    expect(status).to_have_text("Der Text wird vorgelesen.")

    stop.click()
    expect(play).to_have_text("Den ganzen Text vorlesen")
    expect(stop).to_be_hidden()
    expect(status).to_have_text("Vorlesen beendet.")
    expect(play).to_be_focused()  # focus does not vanish with the stop button
    assert [entry[0] for entry in spoken(page) if entry[0] != "speak"] == [
        "pause",
        "resume",
        "cancel",
    ]


def test_reader_has_one_paragraph_read_and_hears_when_it_is_done(page: Page, pages: dict) -> None:
    with_voices(page, LOCAL_VOICES).goto(pages["de"]["content"])
    paragraph = page.locator(".rich-text", has_text="Kurse am Abend")
    button = paragraph.get_by_role("button").first
    expect(button).to_have_text("Diesen Absatz vorlesen")
    button.click()
    expect(button).to_have_text("Vorlesen pausieren")
    said = [entry[1] for entry in spoken(page) if entry[0] == "speak"]
    assert said == ["Kurse am Abend und am Wochenende."]

    page.evaluate("window.speech.finish()")
    expect(button).to_have_text("Diesen Absatz vorlesen")
    expect(page.get_by_role("status")).to_have_text("Der Text wurde ganz vorgelesen.")


def test_starting_another_reading_stops_the_first_even_when_paused(page: Page, pages: dict) -> None:
    with_voices(page, LOCAL_VOICES).goto(pages["de"]["content"])
    whole = page.locator("[data-read-aloud-play]")
    whole.click()
    whole.click()
    expect(whole).to_have_text("Vorlesen fortsetzen")
    first = page.locator(".read-aloud--paragraph button").first
    first.click()
    expect(whole).to_have_text("Den ganzen Text vorlesen")
    expect(first).to_have_text("Vorlesen pausieren")
    steps = [entry[0] for entry in spoken(page)]
    # The paused synthesis is resumed, or the new paragraph would not be heard.
    assert steps[steps.index("pause") :] == ["pause", "cancel", "resume", "speak"]


@pytest.mark.parametrize(
    ("language", "label", "voice"),
    [("en", "Read the whole text aloud", "Voice"), ("ar", "قراءة النص كاملًا بصوت عالٍ", "صوت")],
)
def test_reader_hears_the_page_in_its_language(
    page: Page, pages: dict, language: str, label: str, voice: str
) -> None:
    with_voices(page, LOCAL_VOICES).goto(pages[language]["content"])
    page.get_by_role("button", name=label).click()
    entries = [entry for entry in spoken(page) if entry[0] == "speak"]
    assert {(entry[2], entry[3]) for entry in entries} == {(language, voice)}
    assert STRINGS[language]["Beratung in vielen Sprachen."] in [entry[1] for entry in entries]


@pytest.mark.parametrize(
    "voices",
    [
        None,  # no speech synthesis at all
        [{"name": "Voice", "lang": "en-GB", "localService": True}],  # none in German
        [{"name": "Cloud", "lang": "de-DE", "localService": False}],  # would send the text away
    ],
)
def test_buttons_stay_hidden_where_the_browser_cannot_read_the_page_on_the_device(
    page: Page, pages: dict, voices: list[dict] | None
) -> None:
    with_voices(page, voices).goto(pages["de"]["content"])
    page.wait_for_load_state("load")
    groups = page.locator(".read-aloud")
    assert groups.count() >= 1
    for group in groups.all():
        expect(group).to_be_hidden()


def test_voices_that_arrive_late_reveal_the_buttons(page: Page, pages: dict) -> None:
    with_voices(page, []).goto(pages["de"]["content"])
    toolbar = page.get_by_role("group", name="Vorlesen")
    expect(toolbar).to_be_hidden()
    page.evaluate(
        """(voices) => {
            window.speechSynthesis.getVoices = () => voices;
            window.speechSynthesis.dispatchEvent(new Event("voiceschanged"));
        }""",
        LOCAL_VOICES,
    )
    expect(toolbar).to_be_visible()


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_pages_with_read_aloud_have_no_axe_violations(
    page: Page, axe: Axe, pages: dict, language: str
) -> None:
    with_voices(page, LOCAL_VOICES)
    for name in ("content", "consultation", "paragraph", "session"):
        response = page.goto(pages[language][name])
        assert response.status == 200, (language, name)
        expect(page.get_by_role("group", name=re.compile("."))).to_be_visible()
        assert page.locator(".read-aloud--paragraph").count() >= 1, (language, name)
        assert_accessible(axe, page)


def test_consultation_is_read_without_its_comment_links_and_contents(
    page: Page, pages: dict
) -> None:
    with_voices(page, LOCAL_VOICES).goto(pages["de"]["consultation"])
    page.get_by_role("button", name="Den ganzen Text vorlesen").click()
    said = " ".join(entry[1] for entry in spoken(page) if entry[0] == "speak")
    assert "Absatz 1.1" in said
    comment_link = page.locator(".paragraph__actions a").first.inner_text().strip()
    contents = page.locator("#toc-heading").inner_text().strip()
    assert comment_link not in said
    assert contents not in said


@pytest.fixture
def video_page(live_server, media_on_disk) -> str:
    home = make_site()
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    documents = {}
    for name in ("sign-language-placeholder.webm", "sign-language-placeholder.vtt"):
        with open(DEMO / name, "rb") as handle:
            documents[name] = Document.objects.create(
                title=name, file=File(handle, name=name), collection=collection
            )
    value = VideoBlock().to_python(
        {
            "title": "Die Website in Gebärdensprache",
            "video": documents["sign-language-placeholder.webm"].pk,
            "captions": documents["sign-language-placeholder.vtt"].pk,
            "captions_language": "de",
            "transcript": "<p>Willkommen.</p>",
        }
    )
    page = ContentPageFactory(parent=home, slug="gebaerdensprache", body=[("video", value)])
    return page.url


def test_sign_language_video_plays_with_captions_from_the_site(
    page: Page, axe: Axe, video_page: str
) -> None:
    page.goto(video_page)
    video = page.locator("main video")
    expect(video).to_have_attribute("controls", "")
    page.wait_for_function(
        "() => { const v = document.querySelector('main video');"
        " return v.readyState >= 1 && v.textTracks[0].cues && v.textTracks[0].cues.length; }"
    )
    track = page.evaluate(
        "() => { const t = document.querySelector('main video').textTracks[0];"
        " return [t.kind, t.language, t.label, t.mode, t.cues[0].text]; }"
    )
    assert track == [
        "captions",
        "de",
        "Deutsch",
        "showing",
        "Platzhalter: Hier erscheint das Video\nin Deutscher Gebärdensprache.",
    ]
    assert page.evaluate("document.querySelector('main video').paused")  # never plays by itself
    assert_accessible(axe, page)
