"""Signed links in citizens' e-mails: confirming an address, cancelling a registration.

Each kind of link has a purpose (its own salt, so that one kind never opens another) and a
lifetime declared in `settings.PARTICIPATION_LINK_HOURS`. The token travels in the query
string: Wagtail's page paths allow no ":"."""

import datetime
from http import HTTPStatus
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _


class LinkError(Exception):
    """A link that cannot be used; `message` says why in the visitor's language."""

    def __init__(self, message: str, status: HTTPStatus, expired: bool = False):
        super().__init__(message)
        self.message, self.status, self.expired = message, status, expired


class SignedLink:
    def __init__(self, purpose: str):
        self.purpose = purpose
        self.salt = f"teilhabe.{purpose}"

    @property
    def lifetime(self) -> datetime.timedelta | None:
        """How long the link works; None: as long as what it points to exists."""
        hours = settings.PARTICIPATION_LINK_HOURS[self.purpose]
        return None if hours is None else datetime.timedelta(hours=hours)

    def token(self, value) -> str:
        return signing.dumps(value, salt=self.salt)

    def url(self, page, route: str, value, request=None) -> str:
        """The absolute address of one of `page`'s routes, carrying a token for `value`:
        on the host of `request` where there is one, else on the site's host (for mails
        sent by the task worker)."""
        base = request.build_absolute_uri(page.get_url(request)) if request else page.get_full_url()
        query = urlencode({"token": self.token(value)})
        return f"{base or ''}{page.reverse_subpage(route)}?{query}"

    def read(self, token: str, *, allow_expired: bool = False):
        """The value behind a token. Raises `LinkError`: 400 for a changed or incomplete
        link, 400 with `expired` set for one past its lifetime (unless `allow_expired`)."""
        lifetime = self.lifetime
        try:
            max_age = None if lifetime is None or allow_expired else lifetime.total_seconds()
            return signing.loads(token, salt=self.salt, max_age=max_age)
        except signing.SignatureExpired:
            # What an expired link means (write again? register again?) each app says.
            raise LinkError("", HTTPStatus.BAD_REQUEST, expired=True) from None
        except signing.BadSignature:
            raise LinkError(
                _(
                    "The link is incomplete or was changed. Please copy it from the e-mail "
                    "in full, or open it by clicking on it."
                ),
                HTTPStatus.BAD_REQUEST,
            ) from None
