import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from beteiligung.models import ConsultationPage, Contribution
from config.demo.loader import load_demo_content
from forum.models import Registration
from home.models import ContentPage, HomePage, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db) -> HomePage:
    call_command("load_demo_content")
    return HomePage.objects.get(locale__language_code="de")


def test_demo_has_a_page_for_each_field_of_action(demo: HomePage) -> None:
    section = ContentPage.objects.get(slug="handlungsfelder", locale__language_code="de")
    assert section.get_children().live().count() == 6


def test_demo_is_readable_in_german_and_english(demo: HomePage, client: Client) -> None:
    german = client.get("/")
    english = client.get("/en/")
    assert german.status_code == english.status_code == 200
    assert HomePage.objects.get(locale__language_code="en").alias_of_id is None
    assert english.text != german.text
    assert ' lang="de"' not in english.text.split("<main")[1].split("</main>")[0]


def test_english_start_page_has_the_full_menu(demo: HomePage, client: Client) -> None:
    menu = BeautifulSoup(client.get("/en/").text, "html.parser").select(".main-menu a")
    assert [link.get_text() for link in menu][:2] == ["About us", "Fields of action"]
    assert all(link["href"].startswith("/en/") for link in menu)


def test_every_other_language_mirrors_the_german_tree(demo: HomePage) -> None:
    german_pages = Page.objects.filter(locale__language_code="de", depth__gt=1).count()
    for locale in Locale.objects.exclude(language_code="de"):
        assert Page.objects.filter(locale=locale).count() == german_pages, locale


def test_running_the_loader_again_changes_nothing(demo: HomePage) -> None:
    models = (Page, Topic, Contribution, Registration)
    before = [model.objects.count() for model in models]
    load_demo_content()
    assert [model.objects.count() for model in models] == before


def test_every_demo_page_renders(demo: HomePage, client: Client) -> None:
    for page in (
        Page.objects.live().filter(depth__gt=1).filter(locale__language_code__in=["de", "en"])
    ):
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_start_page_explains_the_site_in_sign_language_with_captions(
    media_on_disk, demo: HomePage, client: Client
) -> None:
    """BITV 2.0 § 4: the explanation in German Sign Language is on the start page; a
    self-hosted video with a real WebVTT captions track, which the site serves."""
    for path in ("/", "/gebaerdensprache/"):
        video = BeautifulSoup(client.get(path).text, "html.parser").select_one("main video")
        assert video is not None and not video.has_attr("autoplay"), path
        track = video.select_one('track[kind="captions"]')
        assert track["srclang"] == "de"
        captions = client.get(track["src"])
        body = b"".join(captions.streaming_content).decode()
        assert captions["Content-Type"].startswith("text/vtt")
        assert body.startswith("WEBVTT") and body.count(" --> ") == 5
        assert client.get(video.source["src"])["Content-Type"] == "video/webm"


@pytest.mark.parametrize("path", ["/leichte-sprache/", "/gebaerdensprache/"])
def test_easy_read_and_sign_language_pages_explain_what_bitv_asks_for(
    demo: HomePage, client: Client, path: str
) -> None:
    """BITV 2.0 § 4 with Anlage 2: the site's main content, how to find one's way, the
    accessibility statement, further offers in the same form, and how to get in touch."""
    text = BeautifulSoup(client.get(path).text, "html.parser").main.get_text(" ")
    for topic in ("Beratung", "Menü", "barrierefrei", "Gebärden", "teilhabe@region-hannover"):
        assert topic in text, (path, topic)


#: Demo pages (German slugs) a reader needs in full in every language; of the consultation
#: its title, introduction and chapter titles; of every other translated page its title.
READ_IN_FULL = {
    "start",
    "beteiligung",
    "interkulturelles-forum",
    "wohnen-in-der-region",
    "politische-teilhabe",
    "rueckmeldung",
    "kontakt",
}


def _needs_translation(page: Page, path: str) -> bool:
    if path == "slug":
        return False
    if page.slug in READ_IN_FULL:
        return True
    if isinstance(page, ConsultationPage):
        chapters = {f"document.{b.id}.title" for b in page.document if b.block_type == "chapter"}
        return path in {"title", "intro"} | chapters
    return path == "title"


def untranslated_segments(language_code: str) -> list[str]:
    """Segments of the demo's translated pages that the reader needs, that English has a
    translation for (names and phone numbers have none, in any language) and that the
    language has not, or only one wagtail-localize rejected."""
    translated = {"en": set(), language_code: set()}
    rows = StringTranslation.objects.filter(
        locale__language_code__in=translated, has_error=False
    ).values_list("locale__language_code", "translation_of_id", "context_id")
    for code, string, context in rows:
        translated[code].add((string, context))
    missing = []
    for source in TranslationSource.objects.filter(locale__language_code="de"):
        page = source.get_source_instance()
        segments = StringSegment.objects.filter(source=source).select_related("context", "string")
        for segment in segments:
            key = (segment.string_id, segment.context_id)
            if (
                _needs_translation(page, segment.context.path)
                and key in translated["en"]
                and key not in translated[language_code]
            ):
                missing.append(f"{page.slug}: {segment.string.data[:60]}")
    return missing


def test_readers_of_every_language_meet_no_untranslated_segment(demo: HomePage) -> None:
    for code, _ in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            assert untranslated_segments(code) == [], code


def test_an_arabic_reader_finds_the_forum_by_its_arabic_name(
    demo: HomePage, client: Client
) -> None:
    with translation.override("ar"):
        url = reverse("search")
    response = client.get(url, {"q": "المنتدى بين الثقافات"})
    links = [
        a["href"]
        for a in BeautifulSoup(response.text, "html.parser").select(".search-results h2 a")
    ]
    assert "/ar/interkulturelles-forum/" in links


def test_a_page_with_german_paragraphs_says_so_in_the_readers_language(
    demo: HomePage, client: Client
) -> None:
    notice = "لم تُترجم بعض أجزاء هذه الصفحة إلى لغتك بعد"
    consultation = ConsultationPage.objects.get(locale__language_code="ar")
    assert notice in client.get(consultation.url).text
    assert notice not in client.get("/ar/").text
    english = ConsultationPage.objects.get(locale__language_code="en")
    assert "Parts of this page" not in client.get(english.url).text
