"""Languages a forum session can be held in or interpreted into.

Codes follow ISO 639 (two letters where they exist, three otherwise); German Sign
Language is `gsg`. Names are translated like every other interface string, so that a
visitor reads "Arabic" on the English page and "Arabisch" on the German one.
"""

from django.utils.translation import gettext_lazy as _

#: Sign languages get a sentence of their own on the session page.
SIGN_LANGUAGES = {"gsg"}

LANGUAGE_CHOICES = [
    ("de", _("German")),
    ("gsg", _("German Sign Language")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("tr", _("Turkish")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("fa", _("Persian (Farsi)")),
    ("prs", _("Dari")),
    ("ps", _("Pashto")),
    ("kmr", _("Kurdish (Kurmanji)")),
    ("ckb", _("Kurdish (Sorani)")),
    ("ti", _("Tigrinya")),
    ("so", _("Somali")),
    ("pl", _("Polish")),
    ("ro", _("Romanian")),
    ("bg", _("Bulgarian")),
    ("sq", _("Albanian")),
    ("bs", _("Bosnian, Croatian, Serbian")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("vi", _("Vietnamese")),
]

LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


def language_name(code: str) -> str:
    """The translated name of a language code; unknown codes are shown as they are."""
    return str(LANGUAGE_NAMES.get(code, code))
