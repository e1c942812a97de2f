"""Every catalogue translates the terms of locale/glossary.csv as the glossary does.

The glossary has one row per term and a column per language. A cell lists forms separated
by "|": the first is the term itself, the others the inflected forms a translation may use.
`*` stands for any letters, so "Beitr*" covers Beitrag and Beiträge and "*مساهم*" covers
المساهمة. A form starting with "!" must not be used, and "(…)" is a note for translators.
The `en` cell names the term as the English message ids write it; there "!" marks a phrase
in which the word means something else. A row whose `en` cell holds only a note holds for
every message: the register and typography of each language.
"""

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
GLOSSARY = LOCALE_DIR / "glossary.csv"
TRANSLATED = [code for code, _ in settings.LANGUAGES if code != "en"]
# Placeholders and HTML tags are not words of the language.
NOT_WORDS = re.compile(r"%\(\w+\)[sdif]|%%|<[^>]+>")
# Arabic vowel signs and tatweel, and the dot that lowercasing Turkish İ leaves behind.
MARKS = re.compile("[\u064b-\u0652\u0640\u0307]")


def normalise(text: str) -> str:
    return MARKS.sub("", NOT_WORDS.sub(" ", text).lower())


def pattern(form: str) -> re.Pattern[str]:
    body = re.escape(normalise(form)).replace(r"\*", r"\w*")
    return re.compile(rf"(?<!\w){body}(?!\w)")


@dataclass(frozen=True)
class Cell:
    """The forms of one language for one term: those to use and those to avoid."""

    term: str
    wanted: tuple[re.Pattern[str], ...]
    unwanted: tuple[re.Pattern[str], ...]

    @classmethod
    def read(cls, text: str) -> "Cell":
        items = [item.strip() for item in text.split("|") if item.strip()]
        forms = [item for item in items if not (item.startswith("(") and item.endswith(")"))]
        return cls(
            term=items[0] if items else "",
            wanted=tuple(pattern(form) for form in forms if not form.startswith("!")),
            unwanted=tuple(pattern(form[1:]) for form in forms if form.startswith("!")),
        )

    def found_in(self, text: str) -> bool:
        return any(form.search(text) for form in self.wanted)

    def avoided_in(self, text: str) -> list[str]:
        return [match.group() for form in self.unwanted if (match := form.search(text))]


def glossary() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def translations(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def departures(code: str, entries: Iterable[polib.POEntry]) -> list[str]:
    """Every place where a translation leaves the glossary, as a line to read."""
    rows = [(Cell.read(row["en"]), Cell.read(row[code])) for row in glossary()]
    found = []
    for entry in entries:
        source = normalise(f"{entry.msgid} {entry.msgid_plural or ''}")
        for english, local in rows:
            every_message = not english.wanted
            named = english.found_in(source) and not english.avoided_in(source)
            if not (every_message or named):
                continue
            for text in map(normalise, translations(entry)):
                where = f"{english.term}: {entry.msgid!r} -> {text!r}"
                if named and not local.found_in(text):
                    found.append(f"{where} lacks {local.term!r}")
                found += [f"{where} uses {word!r}" for word in local.avoided_in(text)]
    return found


def test_glossary_gives_every_term_in_every_language_of_the_site() -> None:
    rows = glossary()
    assert list(rows[0]) == ["en", *TRANSLATED, "note"]
    assert [row["en"] for row in rows if not all(row[code].strip() for code in TRANSLATED)] == []
    assert [row["en"] for row in rows if not row["note"].strip()] == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_translates_every_glossary_term_as_the_glossary_does(code: str) -> None:
    assert departures(code, catalogue(code)) == []


def test_a_message_that_uses_another_word_for_a_glossary_term_is_found() -> None:
    message = polib.POEntry(msgid="Your contribution is now published.", msgstr="Ваше сообщение.")
    assert departures("ru", [message]) == [
        "contribution: 'Your contribution is now published.' -> 'ваше сообщение.' lacks 'отзыв'",
        "contribution: 'Your contribution is now published.' -> 'ваше сообщение.' uses 'сообщение'",
    ]


def test_a_message_that_leaves_the_register_of_its_language_is_found() -> None:
    message = polib.POEntry(
        msgid="Your seat is confirmed.", msgstr="Twoje miejsce jest potwierdzone."
    )
    assert departures("pl", [message]) == [
        "(every message): 'Your seat is confirmed.' -> 'twoje miejsce jest potwierdzone.' "
        "uses 'twoje'",
    ]
