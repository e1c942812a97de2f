"""Fields and checks every citizens' form shares: spam protection without a third-party
CAPTCHA, consent with the privacy-notice link, plain text only."""

import re
import time

from django import forms
from django.core import signing
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..forms import PublicForm

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
    fresh_initial = ("started",)

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


#: Invisible characters that change how a text reads without being seen: C0 and C1 controls
#: (tab and line breaks excepted), the zero width space, the direction marks, embeddings,
#: overrides and isolates (which can make a text read backwards, "Trojan Source"), line
#: and paragraph separators and the byte order mark. The zero width non-joiner and joiner
#: (U+200C, U+200D) stay allowed: Persian needs them in compounds, emoji sequences too.
_CONTROL_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e"
    "\u2028\u2029\u2066-\u2069\ufeff]"
)
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


class ConsentMixin(forms.Form):
    """The consent a person gives before sending personal data, with a link to the privacy
    notice (pass `privacy_url`). A form may word `consent_label` for its own purpose."""

    consent_label = _(
        "I have read the privacy notice and agree that my data is processed as described."
    )
    consent = forms.BooleanField(
        error_messages={"required": _("Please agree to the privacy notice to send the form.")},
    )

    def __init__(self, *args, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = self.consent_label
        if privacy_url:
            self.fields["consent"].help_text = format_html(
                '<a href="{}">{}</a>', privacy_url, _("Read the privacy notice")
            )
