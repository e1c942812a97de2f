"""Forms citizens fill in on a consultation page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.caching import active_locale
from home.models import Topic
from home.participation import ConsentMixin, SpamProtectedForm, validate_plain_text

from .models.contributions import MAX_TEXT_LENGTH

INVALID_EMAIL = _("Please enter a valid e-mail address, e.g. name@example.org.")


class AuthorFieldsMixin(forms.Form):
    author_name = forms.CharField(
        label=_("Name to show with your comment"),
        max_length=80,
        help_text=_("A pseudonym is fine."),
        validators=[validate_plain_text],
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("Never shown. We send you a link to confirm your comment."),
        error_messages={
            "invalid": _("Please enter a valid e-mail address, e.g. name@example.org.")
        },
    )
    notify_on_answer = forms.BooleanField(
        label=_("Notify me by e-mail when the administration answers."), required=False
    )


class CommentForm(ConsentMixin, AuthorFieldsMixin, SpamProtectedForm):
    text = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT_LENGTH,
        help_text=_("Plain text, up to 4,000 characters, in any language."),
        validators=[validate_plain_text],
        error_messages={
            "required": _("Please write your comment."),
            "max_length": _(
                "Please shorten your comment to 4,000 characters (it has %(show_value)d)."
            ),
        },
    )
    on_behalf_of_organisation = forms.BooleanField(
        label=_("I write on behalf of an organisation (statement)"), required=False
    )
    organisation = forms.CharField(
        label=_("Name of the organisation"),
        max_length=200,
        required=False,
        validators=[validate_plain_text],
    )
    topic = forms.ModelChoiceField(
        label=_("Field of action (optional)"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("No particular field"),
    )

    field_order = [
        "text",
        "author_name",
        "email",
        "on_behalf_of_organisation",
        "organisation",
        "topic",
        "notify_on_answer",
        "consent",
        "website",
        "started",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(locale=active_locale())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("on_behalf_of_organisation") and not cleaned.get("organisation"):
            self.add_error("organisation", _("Please name the organisation you write for."))
        if not cleaned.get("on_behalf_of_organisation"):
            cleaned["organisation"] = ""
        return cleaned


class ReplyForm(ConsentMixin, AuthorFieldsMixin, SpamProtectedForm):
    text = forms.CharField(
        label=_("Your reply"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_TEXT_LENGTH,
        validators=[validate_plain_text],
        error_messages={"required": _("Please write your reply.")},
    )

    field_order = ["text", "author_name", "email", "notify_on_answer", "consent"]


class SupportForm(ConsentMixin, SpamProtectedForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We only keep a fingerprint of it, to count one agreement per address."),
        error_messages={
            "invalid": _("Please enter a valid e-mail address, e.g. name@example.org.")
        },
    )


class ReportForm(SpamProtectedForm):
    reason = forms.CharField(
        label=_("Why should a moderator look at this contribution?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        validators=[validate_plain_text],
        error_messages={"required": _("Please tell us briefly what is wrong.")},
    )


class ConfirmForm(forms.Form):
    """Only a button: confirming takes a POST, since mail scanners open links."""


class FeedbackForm(ConsentMixin, SpamProtectedForm):
    text = forms.CharField(
        label=_("Your message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT_LENGTH,
        help_text=_("Plain text, up to 4,000 characters, in any language."),
        validators=[validate_plain_text],
        error_messages={"required": _("Please write your message.")},
    )
    author_name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        required=False,
        help_text=_("Optional. A first name or a pseudonym is fine."),
        validators=[validate_plain_text],
    )
    organisation = forms.CharField(
        label=_("Organisation (if you write for one)"),
        max_length=200,
        required=False,
        validators=[validate_plain_text],
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("Never shown. We send you a link to confirm your message."),
        error_messages={"invalid": INVALID_EMAIL},
    )
    topic = forms.ModelChoiceField(
        label=_("Field of action (optional)"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("No particular field"),
    )
    notify_on_answer = forms.BooleanField(
        label=_("Notify me by e-mail when the administration answers."), required=False
    )

    field_order = [
        "text",
        "author_name",
        "organisation",
        "email",
        "topic",
        "notify_on_answer",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(locale=active_locale())
