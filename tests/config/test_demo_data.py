"""The demo's data files: every text has its German wording, every page that gets an
English translation has English for each of its texts, and one German wording has one
translation throughout."""

import pytest

from config.demo.loader import PARTS, TARGET_LANGUAGES, Glossary, leaves, read, read_translations


def missing_texts(pages: list[dict]) -> list[str]:
    """Texts without German, and texts of pages to translate without complete English."""
    problems = []
    for page in pages:
        for leaf in leaves(page):
            german, english = leaf.get("de"), leaf.get("en")
            if not german or (isinstance(german, list) and not all(german)):
                problems.append(f"{page['key']}: no German in {leaf}")
            elif page.get("translate") and not _same_shape(german, english):
                problems.append(f"{page['key']}: no English for {german!r}")
    return problems


def _same_shape(german: str | list[str], english: str | list[str] | None) -> bool:
    if isinstance(german, list):
        return isinstance(english, list) and len(english) == len(german) and all(english)
    return isinstance(english, str) and bool(english)


def test_every_demo_text_has_german_and_every_translated_page_english() -> None:
    pages = [page for part in PARTS for page in read(part)["pages"]]
    assert missing_texts(pages) == []


def test_every_field_of_action_is_named_in_german() -> None:
    topics = read("topics")["topics"]
    assert missing_texts([{"key": topic["slug"], **topic} for topic in topics]) == []


@pytest.mark.parametrize(
    "leaf",
    [
        {"en": "Who we are"},
        {"de": "", "en": "Who we are"},
        {"de": "Wer wir sind"},
        {"de": "Wer wir sind", "en": ""},
        {"de": ["Erster Absatz.", "Zweiter Absatz."], "en": ["First paragraph."]},
    ],
)
def test_a_text_without_german_or_english_is_reported(leaf: dict) -> None:
    page = {"key": "ueber-uns", "translate": True, "body": [{"heading": leaf}]}
    assert len(missing_texts([page])) == 1


def test_one_german_wording_has_one_translation_in_every_file() -> None:
    Glossary(*(read(part) for part in [*PARTS, "topics"]))
    with pytest.raises(ValueError, match="two en texts"):
        Glossary({"a": {"de": "Kontakt", "en": "Contact"}, "b": {"de": "Kontakt", "en": "Us"}})


@pytest.mark.parametrize("language", [code for code in TARGET_LANGUAGES if code != "en"])
def test_every_translation_file_translates_texts_the_demo_has(language: str) -> None:
    """A German text in a translation file that no page file has (a typo, or a text that
    changed) would be translated nowhere."""
    german = set()
    for leaf in leaves([read(part) for part in [*PARTS, "revision", "topics"]]):
        german.update(leaf["de"] if isinstance(leaf["de"], list) else [leaf["de"]])
    entries = list(leaves(read_translations(language)))
    assert entries
    assert [leaf["de"] for leaf in entries if leaf["de"] not in german] == []
