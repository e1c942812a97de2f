"""What search engines and link previews read: descriptions, canonical and hreflang links,
the sitemap and robots.txt.

Every address handed out here is absolute (search engines ignore relative hreflang links)
and built from the site's root URL as editors set it under Settings → Sites.
"""

import html
import re
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page, Site

from . import navigation

#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160

#: Paths no search engine should crawl: the admin, and the confirmation and cancellation
#: routes of consultations, feedback and forum sessions, which only make sense with the
#: personal token from an e-mail (RFC 9309 patterns: "*" matches any characters).
ROBOTS_DISALLOW = ["/admin/", "/*/confirm/", "/*/cancel/"]

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


class TranslatedSitemap(Sitemap):
    """Every live, public page in every language, each with its translations as alternates.

    Wagtail's own sitemap lists only the tree below the site's root page, which is the
    German start page; the other languages' trees are its translations, not descendants.
    Untranslated pages that show the German text (aliases) are left out: their canonical
    address is the German original."""

    def _pages(self):
        site = self.get_wagtail_site()
        start_pages = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_site = Q()
        for start_page in start_pages:
            in_site |= Page.objects.descendant_of_q(start_page, inclusive=True)
        return Page.objects.filter(in_site).live().public().filter(alias_of__isnull=True)

    def items(self):
        return self._pages().order_by("path").defer_streamfields().specific()

    def _alternates(self) -> dict:
        """All versions of all pages, by translation key: one query for the whole sitemap."""
        if not hasattr(self, "_versions"):
            self._versions = defaultdict(list)
            pages = (
                self._pages()
                .select_related("locale")
                .only("translation_key", "url_path", "locale", "locale__language_code")
                .order_by("path")
            )
            for version in pages:
                url = version.get_full_url(self.request)
                if url:
                    self._versions[version.translation_key].append(
                        (version.locale.language_code, url)
                    )
        return self._versions

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        by_location = {}
        for versions in self._alternates().values():
            alternates = [{"lang_code": code, "location": url} for code, url in versions]
            default = dict(versions).get(settings.LANGUAGE_CODE, versions[0][1])
            alternates.append({"lang_code": "x-default", "location": default})
            for _code, url in versions:
                by_location[url] = alternates
        for url_info in urls:
            url_info["alternates"] = by_location.get(url_info["location"], [])
        return urls


def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps={"pages": TranslatedSitemap})


def robots_txt(request):
    site = Site.find_for_request(request)
    root_url = site.root_url if site is not None else request.build_absolute_uri("/")[:-1]
    return TemplateResponse(
        request,
        "robots.txt",
        {"disallow": ROBOTS_DISALLOW, "sitemap_url": root_url + reverse("sitemap")},
        content_type="text/plain; charset=utf-8",
    )
