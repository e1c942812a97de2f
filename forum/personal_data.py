"""What the forum stores about a person, for "My data": their registrations for sessions.
Erasing one frees its seat for the waitlist (`services.erase`). Registered in
`ForumConfig.ready()`."""

import contextlib

from django.conf import settings
from django.template.defaultfilters import capfirst
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.participation import email_key
from home.participation.personal_data import Item, Section, forget_in_history

from . import services
from .models import TIME_ZONE, Registration


def registrations_of(email: str):
    return (
        Registration.objects.filter(email_key=email_key(email))
        .select_related("session")
        .order_by("requested_at", "pk")
    )


class ForumData:
    """The source "My data" asks (see `home.participation.personal_data`)."""

    def sections(self, email: str) -> list[Section]:
        return [
            Section(
                key="forum_registrations",
                title=_("Registrations for forum sessions"),
                items=[self._item(registration) for registration in registrations_of(email)],
            )
        ]

    def erase(self, email: str) -> None:
        """Deletes every registration under the address; each freed seat goes to the next
        person on the waitlist."""
        pks = list(registrations_of(email).values_list("pk", flat=True))
        for pk in pks:
            with contextlib.suppress(Registration.DoesNotExist):  # deleted in the meantime
                services.erase(pk)
        with translation.override(settings.LANGUAGE_CODE):
            forget_in_history(Registration, pks, str(_("deleted registration")))

    def withdraw(self, email: str, key: str) -> bool:
        # A registration is cancelled with the link in its e-mails, or erased here.
        return False

    @staticmethod
    def _item(registration: Registration) -> Item:
        def field(name: str) -> str:
            return capfirst(Registration._meta.get_field(name).verbose_name)

        session = registration.session
        details = {
            field("name"): registration.name,
            field("email"): registration.email,
            field("organisation"): registration.organisation,
            field("interpretation"): registration.get_interpretation_display(),
            field("accessibility_needs"): registration.accessibility_needs,
            field("language"): registration.get_language_display(),
            field("requested_at"): _when(registration.requested_at),
            field("confirmed_at"): _when(registration.confirmed_at),
            field("cancelled_at"): _when(registration.cancelled_at),
            field("privacy_notice_version"): registration.privacy_notice_version,
        }
        return Item(
            key=f"registration-{registration.pk}",
            kind=_("Registration for a forum session"),
            date=session.start,
            status=str(registration.get_status_display()),
            text=session.title,
            details={label: value for label, value in details.items() if value},
            url=(session.get_full_url() or "") if session.live else "",
        )


def _when(moment) -> str:
    return timezone.localtime(moment, TIME_ZONE).strftime("%Y-%m-%d %H:%M") if moment else ""
