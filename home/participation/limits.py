"""Rate limits on citizens' forms and links, with the limits from settings."""

from django.conf import settings
from django_ratelimit.decorators import ratelimit

from .people import client_key, email_key, hash_ip


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
        return ratelimit(key=client_key, rate=_links_per_ip, method="POST", block=True)(view)
    view = ratelimit(key=client_key, rate=_per_ip, method="POST", block=True)(view)
    return ratelimit(key=_person, rate=_per_email, method="POST", block=True)(view)
