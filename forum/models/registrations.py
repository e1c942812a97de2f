"""Registrations for forum sessions: personal data, kept only as long as needed."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.participation.people import RecognisedByEmail

from ..languages import LANGUAGE_CHOICES
from .pages import ForumSessionPage

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class RegistrationQuerySet(models.QuerySet):
    def for_session(self, session: ForumSessionPage) -> "RegistrationQuerySet":
        """Registrations of a session, whichever language version is given."""
        return self.filter(session__translation_key=session.translation_key)

    def waitlist(self) -> "RegistrationQuerySet":
        return self.filter(status=Registration.Status.WAITLISTED).order_by("sequence", "pk")


class Registration(RecognisedByEmail, models.Model):
    """One person's registration for one session.

    Life cycle (all changes go through `forum.services`):

    - *pending*: the form was sent; we wait for the person to confirm their e-mail address.
      Deleted when the confirmation link expires.
    - *confirmed*: the address was confirmed and a seat was free, or a seat became free
      later (promotion from the waitlist).
    - *waitlisted*: the address was confirmed while every seat was taken. `sequence` is
      the order of confirmation; the waitlist is served in that order.
    - *cancelled*: by the person (link in their e-mail) or by staff.

    All rows of a session are deleted a configurable time after it
    (`purge_forum_registrations`)."""

    #: Not in Wagtail's reference index ("usage" of a page): a registration is no use of
    #: its session page, and indexing it cost a task per save, 400 in a registration rush.
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for e-mail confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        WAITLISTED = "waitlisted", _("on the waitlist")
        CANCELLED = "cancelled", _("cancelled")

    class Source(models.TextChoices):
        ONLINE = "online", _("online form")
        STAFF = "staff", _("entered by staff")

    session = models.ForeignKey(
        ForumSessionPage,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.PENDING,
        help_text=_("Changes only through confirmation, cancellation and the waitlist."),
    )
    name = models.CharField(
        pgettext_lazy("person", "name"),
        max_length=200,
        help_text=_("As the person wants to be addressed."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Staff may leave this empty for people who registered by phone or letter."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        blank=True,
        help_text=_("Only if the person comes on behalf of an organisation."),
    )
    interpretation = models.CharField(
        _("interpretation needed"),
        max_length=10,
        blank=True,
        choices=LANGUAGE_CHOICES,
        help_text=_("Empty if the person needs no interpretation."),
    )
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        max_length=1000,
        blank=True,
        help_text=_("What the person needs to take part, in their own words."),
    )
    language = models.CharField(
        _("language of correspondence"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails to this person are written in this language."),
    )
    source = models.CharField(
        _("source"), max_length=10, choices=Source.choices, default=Source.ONLINE, editable=False
    )
    sequence = models.PositiveIntegerField(
        _("order of confirmation"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("1 for the first person to confirm; the waitlist is served in this order."),
    )

    # What happened when, and on which terms: the record of the double opt-in.
    requested_at = models.DateTimeField(_("registered at"), default=timezone.now, editable=False)
    request_mailed_at = models.DateTimeField(
        _("confirmation request mailed at"), null=True, blank=True, editable=False
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True, editable=False)
    promoted_at = models.DateTimeField(
        _("moved up from the waitlist at"), null=True, blank=True, editable=False
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(
        _("reminder sent at"), null=True, blank=True, editable=False
    )
    privacy_notice_version = models.CharField(
        _("privacy notice shown"), max_length=60, blank=True, editable=False
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["name", "pk"]
        constraints = [
            # One registration per address and session; people registered by staff
            # without an address are exempt.
            models.UniqueConstraint(
                fields=["session", "email_key"],
                condition=~Q(email_key=""),
                name="forum_one_registration_per_person",
            ),
            # A second line of defence behind the lock in `services.confirm`.
            models.UniqueConstraint(
                fields=["session", "sequence"], name="forum_unique_confirmation_order"
            ),
        ]
        indexes = [models.Index(fields=["session", "status"])]

    def __str__(self):
        return self.name

    @property
    def link_nonce(self) -> int:
        """Signed into the person's links together with the pk: it changes whenever the
        person registers anew (`requested_at`), so links from an earlier registration no
        longer open this one."""
        return (self.requested_at - _EPOCH) // datetime.timedelta(microseconds=1)

    @property
    def has_accessibility_needs(self) -> bool:
        return bool(self.accessibility_needs.strip())

    @property
    def signature(self) -> str:
        """An empty column for the printed sign-in list."""
        return ""
