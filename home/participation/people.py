"""Recognising a person by their address without keeping more than needed."""

import hashlib

from django.conf import settings
from django.db import models


def email_key(email: str) -> str:
    """The one spelling by which a person is recognised: lower case, and without the
    "+tag" some providers allow (name+x@example.org is name@example.org), so that a tag
    gives no second registration, vote or duplicate comment."""
    local, _, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if local else domain


def email_hash(email: str) -> str:
    """Counts one vote per person without keeping the address."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{email_key(email)}".encode()).hexdigest()


def hash_ip(request) -> str:
    """A salted hash of the client address: enough to spot repeated abuse, useless to identify
    anyone once the secret key rotates."""
    address = request.META.get("REMOTE_ADDR", "")
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
