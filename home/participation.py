"""Shared building blocks for every form where citizens send us something without an
account: comments, feedback, forum registrations.

- `SpamProtectedForm`: a honeypot field and a minimum fill time, no third-party CAPTCHA.
- `make_token` / `read_token`: signed, expiring links for double opt-in and cancellation.
- `hash_ip`: rate limits and abuse checks never need the raw address.
- `rate_limited`: per-address and per-e-mail limits on a view's POSTs.
- `validate_plain_text`: no markup, no control characters in citizens' text.
- `privacy_notice_url` / `privacy_notice_version`: the notice beside a form, and which one
  a person agreed to.
"""

import hashlib
import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django_ratelimit.decorators import ratelimit

from .forms import PublicForm
from .models import SiteSettings

#: A human needs at least this long to fill in a form; bots are faster.
MIN_FILL_SECONDS = 3
#: A form left open longer than this is stale; the person is asked to send it again.
MAX_FILL_SECONDS = 60 * 60 * 24
_FORM_SALT = "teilhabe.form-started"


class SpamProtectedForm(PublicForm):
    """Adds a honeypot (`website`, hidden by CSS) and a signed start time to a form."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        template_name="includes/honeypot_field.html",
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signing.dumps(time.time(), salt=_FORM_SALT)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(
                _("Your message looks automated and was not sent."), code="honeypot"
            )
        try:
            started = float(signing.loads(cleaned.get("started") or "", salt=_FORM_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(
                _("This form could not be checked. Please reload the page and try again."),
                code="tampered",
            ) from None
        elapsed = time.time() - started
        if elapsed > MAX_FILL_SECONDS:
            raise forms.ValidationError(
                _("This form was open for too long. Please check your entries and send it again."),
                code="stale",
            )
        if elapsed < MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Please check your entries and send the form again."),
                code="too_fast",
            )
        return cleaned


def make_token(purpose: str, value: int | str) -> str:
    """A signed token for a link in an e-mail; `purpose` keeps tokens from being swapped."""
    return signing.dumps(value, salt=f"teilhabe.{purpose}")


def read_token(purpose: str, token: str, max_age: int | None = None):
    """The value behind a token; raises `signing.BadSignature` (or its subclass
    `signing.SignatureExpired`) for tampered or expired links."""
    return signing.loads(token, salt=f"teilhabe.{purpose}", max_age=max_age)


def hash_ip(request) -> str:
    """A salted hash of the client address: enough to spot repeated abuse, useless to identify
    anyone once the secret key rotates."""
    address = request.META.get("REMOTE_ADDR", "")
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e]")
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!?]")


def validate_plain_text(value: str) -> None:
    """Citizens write plain text: no invisible control characters, no HTML."""
    if _CONTROL_CHARACTERS.search(value):
        raise forms.ValidationError(
            _("Your text contains invisible control characters. Please remove them."),
            code="control_characters",
        )
    if _MARKUP.search(value):
        raise forms.ValidationError(
            _("Please write plain text: HTML tags such as <b> or <script> are not allowed."),
            code="markup",
        )


def email_hash(email: str) -> str:
    """Counts one vote per address without keeping the address."""
    normalised = email.strip().lower()
    return hashlib.sha256(f"{settings.SECRET_KEY}:{normalised}".encode()).hexdigest()


def _ip_rate(group, request) -> str:
    return settings.RATELIMIT_FORM_PER_IP


def _email_rate(group, request) -> str:
    return settings.RATELIMIT_FORM_PER_EMAIL


def _email_or_ip(group, request) -> str:
    """The e-mail address typed in, or the client address on forms without one."""
    email = request.POST.get("email", "").strip().lower()
    return email or hash_ip(request)


def rate_limited(view):
    """Limits a view's POSTs per client address and per e-mail address; over the limit,
    the visitor gets the translated 429 page (settings.RATELIMIT_VIEW)."""
    view = ratelimit(key="ip", rate=_ip_rate, method="POST", block=True)(view)
    return ratelimit(key=_email_or_ip, rate=_email_rate, method="POST", block=True)(view)


def privacy_notice(request):
    """The privacy notice shown beside citizens' forms, in the visitor's language."""
    notice = SiteSettings.for_request(request).privacy_page
    return notice.localized if notice else None


def privacy_notice_url(request) -> str:
    notice = privacy_notice(request)
    return notice.get_url(request) if notice else ""


def privacy_notice_version(request) -> str:
    """Which privacy notice the person saw: its page and when it was last published, for
    the double opt-in record."""
    notice = SiteSettings.for_request(request).privacy_page
    if notice is None or notice.last_published_at is None:
        return "none"
    return f"{notice.pk}@{notice.last_published_at:%Y-%m-%dT%H:%M}"
