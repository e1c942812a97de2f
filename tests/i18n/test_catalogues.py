import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sd]|\{\{\s*\w+\s*\}\}|\{\w+\}")


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_interface_string_is_translated(code: str) -> None:
    po = catalogue(code)
    assert len(po.translated_entries()) > 50
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_translations_keep_their_placeholders(code: str) -> None:
    """A lost or misspelt %(count)s breaks a page at run time, not at build time."""
    broken = []
    for entry in catalogue(code).translated_entries():
        expected = placeholders(entry.msgid) | placeholders(entry.msgid_plural or "")
        if entry.msgid_plural:
            # A singular form may say "one" instead of naming the number.
            targets = entry.msgstr_plural.values()
            broken += [(entry.msgid, t) for t in targets if not placeholders(t) <= expected]
        elif placeholders(entry.msgstr) != expected:
            broken.append((entry.msgid, entry.msgstr))
    assert broken == []


def test_every_catalogue_has_the_same_messages() -> None:
    ids = {code: {entry.msgid for entry in catalogue(code)} for code in LANGUAGE_CODES}
    assert {code: found ^ ids["de"] for code, found in ids.items() if found != ids["de"]} == {}
