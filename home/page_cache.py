"""A page cache for anonymous visitors: a page that anyone would be shown the same way
is rendered once and then served from the cache, without a query.

Served from the cache: GET and HEAD requests without a session or messages cookie (so
never for staff, nor for someone with a flash message waiting) and without a conditional
header (the view answers 304 itself), outside the admin, the health checks and
`PAGE_CACHE_SKIP_PREFIXES` (the open data API, whose rate limit and ETags must apply to
every request). Stored: an answer 200 that sets no cookie (a form sets the CSRF
cookie, so pages with a form are never stored), is not marked `private`, `no-store` or
`no-cache` (confirmation, cancellation and My data pages are `never_cache`), and whose
Content-Security-Policy carries no nonce (a nonce must be new for every answer).

Stored answers keep the headers set below this middleware (Content-Security-Policy,
X-Frame-Options, Content-Language); the security headers set above it
(SecurityMiddleware, Permissions-Policy) are added to every answer, stored or not.

Purging: every key holds the current *page-cache generation*. Publishing, unpublishing,
moving or deleting a page (anything that starts a new generation of `home.caching`),
and a contribution or registration that changes what a page shows, call `purge()`,
which starts a new one; all app servers share the cache (Redis), so each of them renders
anew at once. Entries also expire after `PAGE_CACHE_SECONDS`, which bounds what depends
on the clock (open consultations, registration closing at a session's start).

Settings: `PAGE_CACHE_SECONDS` (0 switches the page cache off). While Redis is down,
nothing is found or stored (django-redis ignores the errors) and every page is rendered.

Not wagtail-cache: its 3.0 requires Wagtail < 8, and it purges by clearing the whole
cache backend, which in Redis means a database of its own.
"""

import hashlib
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

GENERATION_KEY = "teilhabe:page-cache:generation"
#: A header that says whether an answer came from the page cache ("hit") or was stored.
HEADER = "X-Page-Cache"
#: Views whose answers are never stored, whatever their headers say.
NEVER = {"health", "ready"}


def seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def skipped_prefixes() -> tuple[str, ...]:
    return tuple(getattr(settings, "PAGE_CACHE_SKIP_PREFIXES", ()))


def purge(*args, **kwargs) -> None:
    """Every stored page is outdated (usable as a signal receiver). Again once the
    transaction that changed something commits: a page rendered meanwhile by another
    request still saw the old state and must not outlive the commit."""
    if seconds():
        _new_generation()
        transaction.on_commit(_new_generation)


def _new_generation() -> None:
    cache.set(GENERATION_KEY, time.time_ns(), None)


def _generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        cache.add(GENERATION_KEY, value, None)
    return value


def _key(request) -> str | None:
    """The key of this request's page, or None if it must not come from the cache."""
    if request.method not in ("GET", "HEAD"):
        return None
    if request.path_info.startswith(settings.ADMIN_URL_PREFIXES + skipped_prefixes()):
        return None
    if "HTTP_IF_NONE_MATCH" in request.META or "HTTP_IF_MODIFIED_SINCE" in request.META:
        return None  # the view answers 304 itself where it can
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return None
    try:
        address = request.build_absolute_uri()  # checks the host against ALLOWED_HOSTS
    except Exception:  # noqa: BLE001 - DisallowedHost and the like: let the site answer
        return None
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"teilhabe:page:{_generation()}:{digest}"


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name in NEVER:
        return False
    control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if control & {"private", "no-store", "no-cache"}:
        return False
    return "'nonce-" not in response.get("Content-Security-Policy", "")


class PageCacheMiddleware:
    """Serves and stores anonymous visitors' pages; see the module's docstring. Below
    SecurityMiddleware (its headers are added to every answer) and WhiteNoise (static
    files never ask the cache), above everything that reads the session or database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        lifetime = seconds()
        key = _key(request) if lifetime else None
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if _storable(request, response):
            stored = (response.status_code, list(response.items()), response.content)
            cache.set(key, stored, lifetime)
            response[HEADER] = "stored"
        return response
