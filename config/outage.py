"""When the database is down, visitors get a static page that says so, not a crash.

Everything here works without the database: the language comes from the address, the
template uses only i18n and static files, and nothing reads the session or the user.
"""

import logging
import sys
from http import HTTPStatus

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults

log = logging.getLogger(__name__)

#: What a database driver raises when the server is unreachable, restarting or gone.
DATABASE_OUTAGE = (OperationalError, InterfaceError)
#: Seconds after which browsers and crawlers may try again (Retry-After).
RETRY_AFTER_SECONDS = 60


def outage_response(request) -> HttpResponse:
    """The 503 page in the language of the address (German where it has no prefix)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = render_to_string(
            "503.html",
            {
                "not_saved": request.method == "POST",
                "start_url": reverse("wagtail_serve", args=[""]),
            },
        )
    response = HttpResponse(body, status=HTTPStatus.SERVICE_UNAVAILABLE)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


class DatabaseOutageMiddleware:
    """Turns a database outage in a view or its template into the static 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_OUTAGE):
            log.error(
                "Database unavailable, answered 503: %s %s: %s",
                request.method,
                request.path,
                exception,
            )
            return outage_response(request)
        return None


def server_error(request):
    """handler500: a database outage raised outside a view (in a middleware saving the
    session, say) gets the 503 page too; any other error the usual 500 page."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_OUTAGE):
        return outage_response(request)
    return defaults.server_error(request)
