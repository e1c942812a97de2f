"""Forms of the forum: the public registration form and the staff forms in the admin."""

from django import forms
from django.db.models import Min
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from home.digits import localized_digits
from home.participation import ConsentMixin, SpamProtectedForm, email_key, validate_plain_text

from .languages import language_name
from .models import ForumSessionPage, Registration


class RegistrationForm(ConsentMixin, SpamProtectedForm):
    """Registration for one session. Interpretation can only be asked for in the languages
    the session offers; the field is left out when it offers none."""

    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        validators=[validate_plain_text],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send you a link to confirm your registration."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        validators=[validate_plain_text],
        help_text=_("Only if you come on behalf of an organisation."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    interpretation = forms.ChoiceField(
        label=_("Do you need interpretation?"),
        required=False,
        widget=forms.RadioSelect,
    )
    accessibility_needs = forms.CharField(
        label=_("What do you need to take part?"),
        max_length=1000,
        required=False,
        validators=[validate_plain_text],
        help_text=_(
            "Optional. For example a wheelchair space, a seat near the sign language "
            "interpreters, documents in large print or more breaks."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    field_order = [
        "name",
        "email",
        "organisation",
        "interpretation",
        "accessibility_needs",
        "consent",
        "website",
        "started",
    ]

    def __init__(self, *args, session: ForumSessionPage, retention_days: int, **kwargs):
        super().__init__(*args, **kwargs)
        if session.interpretation:
            self.fields["interpretation"].choices = [
                ("", _("No, I do not need interpretation")),
                *[(code, language_name(code)) for code in session.interpretation],
            ]
            self.initial.setdefault("interpretation", "")
        else:
            del self.fields["interpretation"]
        self.fields["consent"].label = ngettext(
            "I agree that my details are stored to organise this session. They are deleted "
            "%(days)s day after the session.",
            "I agree that my details are stored to organise this session. They are deleted "
            "%(days)s days after the session.",
            retention_days,
        ) % {"days": localized_digits(retention_days)}
        self.fields["consent"].error_messages["required"] = _(
            "Please agree so that we can register you."
        )

    def registration_data(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data["organisation"],
            "interpretation": data.get("interpretation", ""),
            "accessibility_needs": data["accessibility_needs"],
        }


def original_sessions():
    """Sessions staff can register people for: one entry per session, not per language."""
    firsts = ForumSessionPage.objects.values("translation_key").annotate(first=Min("pk"))
    return ForumSessionPage.objects.filter(pk__in=firsts.values("first")).order_by("-start")


class StaffRegistrationForm(WagtailAdminModelForm):
    """Staff register someone by phone, letter or at the desk: no double opt-in, the seat
    (or waitlist place) is given at once by `services.register_by_staff`."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "session" in self.fields:
            self.fields["session"].queryset = original_sessions()

    def clean(self):
        cleaned = super().clean()
        session, email = cleaned.get("session"), cleaned.get("email")
        if session and email:
            taken = (
                Registration.objects.filter(session=session, email_key=email_key(email))
                .exclude(status=Registration.Status.CANCELLED)
                .exists()
            )
            if taken:
                self.add_error(
                    "email", _("This e-mail address is already registered for this session.")
                )
        return cleaned

    def validate_unique(self):
        # A cancelled registration with the same address is reused by the service.
        pass


class RegistrationEditForm(WagtailAdminModelForm):
    """Corrections to a registration's details; its status changes only through the
    service (cancel, waitlist promotion)."""

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if (
            email
            and Registration.objects.filter(
                session=self.instance.session_id, email_key=email_key(email)
            )
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            raise forms.ValidationError(
                _("This e-mail address is already registered for this session.")
            )
        return email
