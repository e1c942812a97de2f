"""Recognising a person by their address without keeping more than needed."""

import hashlib
import ipaddress

from django.conf import settings
from django.db import models
from ipware import get_client_ip


def email_key(email: str) -> str:
    """The one spelling by which a person is recognised: lower case, and without the
    "+tag" some providers allow (name+x@example.org is name@example.org), so that a tag
    gives no second registration, vote or duplicate comment."""
    local, _, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if local else domain


def email_hash(email: str) -> str:
    """Counts one vote per person without keeping the address."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{email_key(email)}".encode()).hexdigest()


def client_address(request) -> str:
    """The address of the person's device. Without a reverse proxy it is the connecting
    address; behind `settings.TRUSTED_PROXY_COUNT` proxies (each appending to
    X-Forwarded-For the address it was reached from) it is the address the outermost
    proxy saw. What a client writes into the header itself is ignored, and a request
    without a usable header counts as coming from the connecting address.

    Everything that tells clients apart uses this one function: hashed addresses, rate
    limits and django-axes (`AXES_CLIENT_IP_CALLABLE`)."""
    connecting = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return connecting
    # django-ipware counts the proxies named *in* the header; the innermost proxy is the
    # connecting address, which no header lists.
    address, _routable = get_client_ip(
        request,
        proxy_count=proxies - 1,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    return address or connecting


def client_key(group, request) -> str:
    """The client for rate limits: its address, for IPv6 its /64 network, which one
    household or device usually holds (as django-ratelimit's own "ip" key does)."""
    address = client_address(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return address


def hash_ip(request) -> str:
    """A salted hash of the client address: enough to spot repeated abuse, useless to identify
    anyone once the secret key rotates."""
    address = client_address(request)
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


class RecognisedByEmail(models.Model):
    """For models with an `email` field: stores the address in lower case and keeps
    `email_key`, by which the person is found again (duplicates, one registration per
    person, their own data)."""

    email_key = models.CharField(max_length=254, blank=True, editable=False, db_index=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        self.email_key = email_key(self.email) if self.email else ""
        fields = kwargs.get("update_fields")
        if fields is not None and "email" in fields:
            kwargs["update_fields"] = {*fields, "email_key"}
        super().save(*args, **kwargs)
