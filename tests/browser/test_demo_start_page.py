"""The demo's start page, as a deaf visitor meets it: the explanation in German Sign
Language plays in the page, with captions, and never by itself; the start page, the
sign-language page and the easy-read page are accessible."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import Page

from tests.browser.conftest import assert_accessible
from tests.factories import make_root


@pytest.fixture
def demo(live_server) -> None:
    make_root()
    call_command("load_demo_content")


def test_sign_language_video_has_captions_and_waits_for_the_visitor(
    page: Page, demo: None, axe: Axe
) -> None:
    page.goto("/")
    video = page.locator("main video")
    video.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('main video').readyState >= 1")

    state = video.evaluate(
        """video => new Promise(resolve => {
            const track = video.textTracks[0];
            track.mode = "hidden";  // loads the cues without drawing them
            const report = () => resolve({
                paused: video.paused,
                duration: Math.round(video.duration),
                kind: track.kind,
                language: track.language,
                cues: Array.from(track.cues || [], cue => cue.text),
            });
            track.cues && track.cues.length ? report() : video.querySelector("track")
                .addEventListener("load", report);
        })"""
    )

    assert state["paused"] is True
    assert state["duration"] == 20
    assert (state["kind"], state["language"]) == ("captions", "de")
    assert len(state["cues"]) == 5
    assert "Deutscher Gebärdensprache" in state["cues"][1]
    # One demo load for the three pages BITV 2.0 asks for (it takes seconds).
    for path in ("/", "/gebaerdensprache/", "/leichte-sprache/"):
        page.goto(path)
        assert_accessible(axe, page)
