"""Editors show a video, such as an explanation in German Sign Language, that the site
serves itself, always with captions."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import translation
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document

from home.blocks import VideoBlock
from home.models import HomePage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def document(name: str, content: bytes = b"x") -> Document:
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


def video_value(video: str = "gebaerden.webm", captions: str = "untertitel.vtt", **extra):
    return {
        "title": "Die Website in Gebärdensprache",
        "video": document(video).pk,
        "captions": document(captions).pk,
        "captions_language": "de",
        "transcript": "",
        **extra,
    }


def test_video_plays_in_the_page_with_captions_and_never_by_itself() -> None:
    block = VideoBlock()
    value = block.to_python(video_value(transcript="<p>Willkommen auf unserer Website.</p>"))
    soup = BeautifulSoup(block.render(value), "html.parser")
    video = soup.select_one("video")
    assert video.has_attr("controls")
    assert not video.has_attr("autoplay")
    assert video.select_one("source")["src"] == value["video"].url
    assert video.select_one("source")["type"] == "video/webm"
    track = video.select_one("track")
    assert (track["kind"], track["srclang"], track["label"]) == ("captions", "de", "Deutsch")
    assert track["src"] == value["captions"].url
    assert soup.select_one("figcaption").get_text() == "Die Website in Gebärdensprache"
    transcript = soup.select_one("details")
    assert "Willkommen auf unserer Website." in transcript.get_text()


def test_transcript_is_left_out_when_there_is_none() -> None:
    block = VideoBlock()
    assert "<details" not in block.render(block.to_python(video_value()))


def test_captions_are_required() -> None:
    block = VideoBlock()
    value = block.to_python({**video_value(), "captions": None})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == {"captions"}


@pytest.mark.parametrize(
    ("video", "captions", "fields"),
    [
        ("gebaerden.mp4", "untertitel.vtt", set()),
        ("GEBAERDEN.WEBM", "untertitel.VTT", set()),
        ("gebaerden.avi", "untertitel.vtt", {"video"}),
        ("gebaerden.webm", "untertitel.srt", {"captions"}),
        ("gebaerden.pdf", "untertitel.txt", {"video", "captions"}),
    ],
)
def test_editor_is_told_at_each_field_which_file_format_it_needs(
    video: str, captions: str, fields: set[str]
) -> None:
    block = VideoBlock()
    value = block.to_python(video_value(video, captions))
    if not fields:
        assert block.clean(value) == value
        return
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert set(error.value.block_errors) == fields


def test_format_messages_are_in_the_editors_language() -> None:
    block = VideoBlock()
    value = block.to_python(video_value("gebaerden.avi", "untertitel.srt"))
    with translation.override("de"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(value)
        # Lazy messages: read while German is active, not in whatever language an
        # earlier test in this worker left active.
        messages = {field: " ".join(e.messages) for field, e in error.value.block_errors.items()}
    assert "MP4 oder WebM" in messages["video"]
    assert "WebVTT" in messages["captions"]


def test_content_page_shows_a_video_and_the_site_serves_its_captions(
    client: Client, home_page: HomePage, media_on_disk
) -> None:
    value = video_value()
    captions = Document.objects.get(pk=value["captions"])
    captions.file.save("untertitel.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"))
    body = [("video", VideoBlock().to_python(value))]
    page = ContentPageFactory(parent=home_page, slug="gebaerdensprache", body=body)
    response = client.get(page.url)
    # Video and captions come from the site itself, and from nowhere else.
    assert "media-src 'self';" in response["Content-Security-Policy"] + ";"
    track = BeautifulSoup(response.text, "html.parser").select_one("main video track")
    response = client.get(track["src"])
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/vtt"
    assert b"".join(response.streaming_content).startswith(b"WEBVTT")
