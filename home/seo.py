"""What search engines and link previews read: descriptions, canonical and hreflang links.

Every address handed out here is absolute (search engines ignore relative hreflang links)
and built from the site's root URL as editors set it under Settings → Sites.
"""

import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from . import navigation

#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160

_WHITESPACE = re.compile(r"\s+")


def summary(text, length: int = DESCRIPTION_LENGTH) -> str:
    """Plain text of at most `length` characters from plain or rich text, shortened at a
    word where it is longer."""
    source = getattr(text, "source", text)  # a RichText value carries its HTML as `source`
    plain = _WHITESPACE.sub(" ", html.unescape(strip_tags(str(source or "")))).strip()
    if len(plain) <= length:
        return plain
    shortened = plain[:length].rsplit(" ", 1)[0] if " " in plain[:length] else plain[: length - 1]
    return shortened.rstrip(" ,;:-–") + "…"


def default_description() -> str:
    return _(
        "Hannover Region's unit for integration and participation: information in eight "
        "languages, online consultations and the Intercultural Forum."
    )


def page_description(page: Page | None) -> str:
    """The editor's search description, else the page's introduction, else the site's."""
    if page is not None:
        for text in (page.search_description, getattr(page, "intro", "")):
            described = summary(text)
            if described:
                return described
    return default_description()


@dataclass(frozen=True)
class HeadLinks:
    #: The one address of this content; an untranslated page shown in German names the
    #: German original, so that search engines do not index the same text twice.
    canonical: str
    #: (hreflang, absolute URL) for every translation, then ("x-default", German version).
    alternates: list[tuple[str, str]]


def head_links(request, page: Page | None) -> HeadLinks:
    """Built from the language switcher's links: no query beyond the ones it runs anyway."""
    links = navigation.language_links(request, page)
    alternates = [
        (link.code, link.absolute_url)
        for link in links
        if link.is_translated and not link.leads_to_start_page
    ]
    versions = dict(alternates)
    default = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()), "")
    current = next((link for link in links if link.is_current), None)
    translated = current is not None and current.is_translated
    canonical = current.absolute_url if translated else default
    if default:
        alternates.append(("x-default", default))
    return HeadLinks(canonical=canonical, alternates=alternates)
