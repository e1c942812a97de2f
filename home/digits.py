"""Numbers in the digits of the reader's language.

Persian text is written with Persian digits (۰–۹), and the catalogue's fixed text already is;
a number the code fills in (a count, a paragraph number such as 3.2, a date from `|date`)
would otherwise come out in Latin digits in the middle of the same sentence.

Django formats separators and date patterns per language but always writes Latin digits,
and Babel's number formatting handles numbers only: not the dates Django formats with its
own month names, nor paragraph numbers (3.2 is not a decimal). So the digits are swapped
in the finished text, for the languages named in `LOCALE_DIGITS` only.

Arabic keeps Latin digits on purpose: the ar catalogue and its glossary note use them (as
many Arabic sites for readers in Germany do), and a sentence must not mix two systems.

Only for text people read. Never for `datetime` attributes, URLs, ids and anchors, or what
machines read back (CSV, XLSX, JSON, ICS, API, admin values that are parsed again). What
editors and citizens wrote stays as they wrote it: apply this to the number, not to a
sentence that also holds their text.
"""

import datetime
from decimal import Decimal

from django.utils import formats, translation
from django.utils.safestring import SafeData, mark_safe

#: Language code → its ten digits, 0 to 9, for the languages that do not use Latin digits.
LOCALE_DIGITS: dict[str, str] = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",
}

_TABLES = {code: str.maketrans("0123456789", digits) for code, digits in LOCALE_DIGITS.items()}

_FORMATTED = (int, float, Decimal, datetime.date, datetime.time)


def localized_digits(value, language: str | None = None) -> str:
    """`value` as text in the digits of `language` (the active language unless given);
    numbers and dates are first formatted for that language as Django does. Safe text stays
    safe; `None` and "" come back as they are."""
    if value is None or value == "":
        return value
    if isinstance(value, _FORMATTED) and not isinstance(value, bool):
        with translation.override(language or translation.get_language()):
            value = formats.localize(value)
    table = _TABLES.get(_language_code(language or translation.get_language()))
    if table is None:
        return value if isinstance(value, str) else str(value)
    swapped = str(value).translate(table)
    return mark_safe(swapped) if isinstance(value, SafeData) else swapped


def _language_code(language: str | None) -> str:
    """The language without its region: "fa" for "fa", "fa-ir" or "fa_IR"."""
    return (language or "").replace("_", "-").split("-")[0].lower()
