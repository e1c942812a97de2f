"""The demo's start page, as a deaf visitor meets it: the explanation in German Sign
Language plays in the page, with captions, and never by itself; the start page, the
sign-language page and the easy-read page are accessible."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser.conftest import assert_accessible


def test_sign_language_video_has_captions_and_waits_for_the_visitor(
    page: Page, demo: None, axe: Axe
) -> None:
    page.goto("/")
    video = page.locator("main video")
    video.scroll_into_view_if_needed()
    state = video.evaluate(
        """video => new Promise(resolve => {
            if (video.readyState < 1) {
                video.addEventListener("loadedmetadata", () => resolve(null), {once: true});
            } else resolve(null);
        }).then(() => new Promise(resolve => {
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
        }))"""
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
