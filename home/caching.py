"""What every public page shows besides its own content, read from the cache: the site,
the page an address leads to, the main menu, the breadcrumb, the language links, the
site settings and the footer.

So a page runs a small, fixed number of queries however much content there is. Entries
are kept per site and language. Every key holds the current *generation*: saving,
publishing, unpublishing, moving or deleting a page, or saving the site settings, a site
or a locale starts a new one, and since all app servers share the cache (Redis), each of
them shows the change with the next request. Entries also expire after `TIMEOUT`, which
bounds how stale a page can be if Redis missed a new generation during an outage; while
Redis is down nothing is cached and everything is read from the database.
"""

import contextvars
import hashlib
import pickle
import time
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from . import page_cache

GENERATION_KEY = "teilhabe:pages:generation"
#: Seconds a cached menu, breadcrumb or settings object lives at most.
TIMEOUT = 600
_MISSING = object()
#: The request being served in this thread, set by `CachedLookupsMiddleware`: code that
#: has no request at hand (models, services) reads the generation once per request too.
_current_request = contextvars.ContextVar("teilhabe_current_request", default=None)


def generation(request=None) -> int:
    """The current generation, read once per request."""
    request = request or _current_request.get()
    value = getattr(request, "_teilhabe_generation", None)
    if value is None:
        value = cache.get(GENERATION_KEY)
        if value is None:
            value = time.time_ns()
            cache.add(GENERATION_KEY, value, None)
        if request is not None:
            request._teilhabe_generation = value
    return value


def new_generation(*args, **kwargs) -> None:
    """Signal receiver: the pages or settings changed, every cached entry is outdated,
    and so is every page in the page cache. Again once the transaction commits: another
    request may meanwhile have cached what it read before the commit."""
    _start_generation()
    transaction.on_commit(_start_generation)
    page_cache.purge()


def _start_generation() -> None:
    cache.set(GENERATION_KEY, time.time_ns(), None)
    request = _current_request.get()
    if request is not None:  # what this request reads from now on is read anew
        request.__dict__.pop("_teilhabe_generation", None)


def settings_changed(sender, instance, created: bool = False, **kwargs) -> None:
    """Site settings are created on the first page view of a site, with their defaults:
    nothing cached shows them yet, so only a change starts a new generation."""
    if not created:
        new_generation()


def key_for(request, kind: str, *parts: object) -> str:
    """A short cache key that any backend accepts, whatever `parts` hold (paths, words)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f"teilhabe:{generation(request)}:{kind}:{digest[:32]}"


def cached(request, kind: str, *parts: object, compute: Callable[[], Any]) -> Any:
    """`compute()`, or what it returned before in this generation for the same `parts`."""
    key = key_for(request, kind, *parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


class _CountedPaginator(Paginator):
    """A paginator over a list whose length was counted before (and cached)."""

    def __init__(self, count: int, per_page: int):
        super().__init__([], per_page)
        self.count = count  # replaces the cached property, which would count the list


def cached_page(
    request, kind: str, *parts: object, items: Callable, number, per_page: int, rows=list
) -> PaginatorPage:
    """Page `number` of the list `items()` returns (a queryset or search results, only
    built on a miss), as `Paginator.get_page` gives it, with its count and its rows
    (`rows(slice)`: plain values are quickest to read back) cached in this generation
    under `parts`. Rows are kept per page number that exists, so made-up numbers in an
    address do not fill the cache."""
    count = cached(request, f"{kind}-count", *parts, compute=lambda: items().count())
    paginator = _CountedPaginator(count, per_page)
    number = paginator.get_page(number).number
    start = (number - 1) * per_page
    page_rows = cached(
        request,
        f"{kind}-rows",
        *parts,
        number,
        compute=lambda: rows(items()[start : start + per_page]),
    )
    return PaginatorPage(page_rows, number, paginator)


def this_minute() -> int:
    """A key part for lists that depend on the clock (open consultations, the next
    sessions): such an entry is at most a minute old."""
    return int(time.time() // 60)


def active_locale(request=None) -> Locale:
    """`Locale.get_active()` from the cache: the locale of the visitor's language, which
    lists and forms filter by, without a query on every request."""
    return cached(request, "locale", translation.get_language(), compute=Locale.get_active)


def any_view_restrictions(request=None) -> bool:
    """Whether any page is restricted (password, login, groups). Usually none is: then
    serving a page skips Wagtail's two queries for the restrictions on it and its
    ancestors, and a list skips the query behind `.public()`."""
    return cached(request, "view-restrictions", compute=PageViewRestriction.objects.exists)


def public(queryset):
    """`queryset.public()`, without its query for the restrictions while there are none."""
    return queryset.public() if any_view_restrictions() else queryset


class CachedViewRestrictions:
    """Page mixin: Wagtail checks a page's view restrictions on every view; while no page
    has any, that check needs no query (a restriction saved or deleted starts a new
    generation, see `HomeConfig.connect_cache_invalidation`)."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def find_site(request) -> Site | None:
    """`Site.find_for_request` from the cache, with the site's root page."""

    def lookup() -> Site | None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 - loaded now, so that it is cached with the site
        return site

    return cached(request, "site", request.get_host(), request.get_port(), compute=lookup)


def find_route(request, path: str) -> None:
    """Wagtail's `Page.route_for_request` from the cache: the page (and, on a routable
    page, the route) an address leads to, without walking the tree level by level.
    Only addresses that lead somewhere are kept: made-up ones do not fill the cache."""
    site = Site.find_for_request(request)
    if site is None:
        return
    key = key_for(request, "route", site.pk, translation.get_language(), path)
    route = cache.get(key)
    if route is not None:
        request._wagtail_route_for_request = route
        return
    route = Page.route_for_request(request, path)
    if route is not None:
        # A route to something that cannot be stored is simply found again next time.
        with suppress(pickle.PicklingError, TypeError, AttributeError):
            cache.set(key, route, TIMEOUT)


class CachedLookupsMiddleware:
    """Finds the request's Wagtail site and page in the cache rather than the database;
    Wagtail's own lookups (`Site.find_for_request`, `Page.route_for_request`) then use
    them. After CommonMiddleware, which checks the Host header against ALLOWED_HOSTS: no
    cache entries for made-up hosts. The health checks need no site and must not touch
    the database for one. Forms use the cached page too: a page changes only by
    publishing, which starts a new generation, and what a form changes (registrations,
    contributions) the services read from the database, under a lock where it counts."""

    PROBES = {"health", "ready"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name in self.PROBES:
            return
        request._wagtail_site = find_site(request)
        from wagtail.views import serve  # not at import time: it loads models

        if view_func is serve:
            find_route(request, view_args[0] if view_args else view_kwargs.get("path", ""))
