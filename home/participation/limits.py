"""Rate limits on citizens' forms and links, with the limits from settings."""

import logging
from functools import wraps

from django.conf import settings
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited

from .people import client_key, email_key, hash_ip

log = logging.getLogger(__name__)


def _per_ip(group, request) -> str:
    return settings.RATELIMIT_FORM_PER_IP


def _per_email(group, request) -> str:
    return settings.RATELIMIT_FORM_PER_EMAIL


def _links_per_ip(group, request) -> str:
    return settings.RATELIMIT_LINK_PER_IP


def _person(group, request) -> str:
    """The person by the e-mail address typed in, or the client on forms without one."""
    email = request.POST.get("email", "")
    return email_key(email) if email.strip() else hash_ip(request)


def rate_limited(view=None, *, links: bool = False):
    """Limits a view's POSTs per client address and per person; over the limit the visitor
    gets the translated 429 page (settings.RATELIMIT_VIEW). With `links=True`, for pages
    reached by a link in an e-mail (confirm, cancel): only per client address. The client
    is `people.client_address`: behind a reverse proxy, not the proxy."""
    if view is None:
        return lambda view: rate_limited(view, links=links)
    if links:
        return ratelimit(key=client_key, rate=_links_per_ip)(view)
    view = ratelimit(key=client_key, rate=_per_ip)(view)
    return ratelimit(key=_person, rate=_per_email)(view)


def ratelimit(*, key, rate):
    """django-ratelimit's decorator for POSTs, except that a count the cache could not make
    (Redis down, RATELIMIT_FAIL_OPEN) lets the request through with a logged warning."""

    def decorator(view):
        @wraps(view)
        def limited_view(request, *args, **kwargs):
            if request.method == "POST":
                usage = get_usage(
                    request, fn=view, key=key, rate=rate, method="POST", increment=True
                )
                if usage is None:
                    log.warning(
                        "Rate limit not applied to %s: the cache is unreachable", request.path
                    )
                elif usage["should_limit"]:
                    request.limited = True
                    raise Ratelimited()
            return view(request, *args, **kwargs)

        return limited_view

    return decorator
