"""Where a visitor can go from the current page: menu, breadcrumb, other languages.

Each function runs a fixed number of queries, however large the page tree is. What the
template tags render from them (`navigation_tags`) is cached per site and language until a
page is published (`home.caching`), so on most requests none of them runs.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Page, Site

from . import caching


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    #: The same address with scheme and host, as search engines want it in hreflang links.
    absolute_url: str
    bidi: bool
    is_current: bool
    #: False where the page has no translation and the link leads to the German
    #: content or to the start page of that language.
    is_translated: bool
    leads_to_start_page: bool


def home_page_for(request) -> Page | None:
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


def main_menu(request) -> list[Page]:
    """The start page's live, public children that are shown in menus."""
    home = home_page_for(request)
    if home is None:
        return []
    return list(caching.public(home.get_children().live()).in_menu())


def main_menu_paths(request) -> list[str]:
    """The tree paths of the main menu's pages, which tell the item to mark as current:
    cached as plain strings, which are quicker to read from the cache than pages."""
    site = Site.find_for_request(request)
    return caching.cached(
        request,
        "menu-paths",
        site.pk if site else "",
        translation.get_language(),
        compute=lambda: [page.path for page in main_menu(request)],
    )


def breadcrumb(page: Page) -> list[Page]:
    """Ancestors from the language's start page down to the page's parent, leaving out
    unpublished ones (a page can stay published below an unpublished one). Ancestors of
    a public page are public; on a restricted page, the visitor may see its ancestors."""
    return list(page.get_ancestors().filter(depth__gte=2).live())


def _start_page_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def _site_root_url(request) -> str:
    """Scheme and host of the site as editors set it under Settings → Sites, which is what
    page URLs are built from, rather than whatever host the request named."""
    site = Site.find_for_request(request)
    return site.root_url if site is not None else request.build_absolute_uri("/").rstrip("/")


def _route_suffix(request, page: Page) -> str:
    """What follows the page's own address in the request path, such as "paragraph/<id>/"
    on a consultation: routes are the same in every language, so each language's version
    of the page answers to it too."""
    parts = page.get_url_parts(request)
    page_path = parts[2] if parts else None
    if page_path and request.path.startswith(page_path):
        return request.path[len(page_path) :]
    return ""


def language_links(request, page: Page | None) -> list[LanguageLink]:
    """One link per site language to the same content, or the closest thing to it.

    Computed once per request: the head's hreflang links and the switcher share it."""
    cached = getattr(request, "_language_links", None)
    if cached is not None:
        return cached
    if page is not None and page.pk:
        site = Site.find_for_request(request)
        links = caching.cached(
            request,
            "language-links",
            site.pk if site else "",
            page.pk,
            translation.get_language(),
            compute=lambda: _language_links(request, page),
        )
    else:
        links = _language_links(request, page)
    request._language_links = links
    return links


def _language_links(request, page: Page | None) -> list[LanguageLink]:
    current = translation.get_language()
    suffix = _route_suffix(request, page) if page is not None and page.pk else ""
    versions = {}
    if page is not None and page.pk:
        # Only public translations: a restricted one would greet the visitor with a
        # password form or a login. The page itself counts for its own language.
        versions = {
            version.locale.language_code: version
            for version in Page.objects.live()
            .public()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
        }
        if page.live:
            versions.setdefault(current, page)

    links = []
    for code, name in settings.LANGUAGES:
        version = versions.get(code)
        to_start_page = False
        if page is None:
            url = translate_url(request.get_full_path(), code)
        elif version is not None:
            url = version.get_url(request) + suffix
        else:
            url = _start_page_url(code)
            to_start_page = True
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                absolute_url=url if "://" in url else _site_root_url(request) + url,
                bidi=translation.get_language_info(code)["bidi"],
                is_current=code == current,
                is_translated=page is None or (version is not None and not version.alias_of_id),
                leads_to_start_page=to_start_page,
            )
        )
    return links
