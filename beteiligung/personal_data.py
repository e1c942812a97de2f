"""What consultations and the feedback form store about a person, for "My data": their
contributions (comments, replies, statements, feedback, letters typed in with their
address), the answer notifications they asked for, and their "I agree"s. Reports carry no
address. Registered in `BeteiligungConfig.ready()`.

Erasing and withdrawing follow one rule: what never was public and carries nobody else's
reply is deleted; anything else keeps its place, so that threads, counts, answers and the
review history stay whole, but without what points to the person (erasing) or without
its text (withdrawing)."""

import uuid

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.template.defaultfilters import capfirst
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.participation import email_hash, email_key
from home.participation.personal_data import Item, Section, forget_in_history

from . import services
from .models import Contribution, Support

KEY_PREFIX = "contribution-"


def contributions_of(email: str):
    return (
        Contribution.objects.filter(email_key=email_key(email))
        .select_related("consultation", "topic", "parent")
        .annotate(reply_count=Count("replies"))
        .order_by("created_at", "pk")
    )


def _needed_by_others(contribution: Contribution) -> bool:
    """Was it ever public, or does another contribution reply to it?"""
    replies = getattr(contribution, "reply_count", None)
    if replies is None:
        replies = contribution.replies.count()
    return contribution.published_at is not None or replies > 0


DELETED = gettext_lazy("deleted contribution")
WITHDRAWN = gettext_lazy("withdrawn contribution")


def _history_label(text) -> str:
    """In the language of the admin's history, whoever asked."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


def _delete(contributions: list[Contribution]) -> None:
    pks = [contribution.pk for contribution in contributions]
    Contribution.objects.filter(pk__in=pks).delete()
    forget_in_history(Contribution, pks, _history_label(DELETED))


def _forget_author(contribution: Contribution, now) -> None:
    contribution.author_name = ""
    contribution.organisation = ""
    contribution.email = ""
    contribution.notify_on_answer = False
    contribution.ip_hash = ""
    contribution.author_erased_at = contribution.author_erased_at or now


def erase(email: str) -> None:
    """Deletes the person's contributions that nobody needs, keeps the others without
    name, organisation and address ("deleted author"), and unlinks their "I agree"s
    from the address: a confirmed one still counts, an unconfirmed one is deleted."""
    now = timezone.now()
    with transaction.atomic():
        found = list(contributions_of(email))
        _delete([contribution for contribution in found if not _needed_by_others(contribution)])
        for contribution in found:
            if _needed_by_others(contribution):
                _forget_author(contribution, now)
                contribution.save()  # through save(): the search index forgets the name too
                forget_in_history(Contribution, [contribution.pk], str(contribution))
        supports = Support.objects.filter(email_hash=email_hash(email))
        supports.filter(confirmed_at=None).delete()
        for support in supports:
            support.email_hash = f"erased:{uuid.uuid4().hex}"
            support.save(update_fields=["email_hash"])


def withdraw(contribution: Contribution) -> None:
    """The author takes a contribution back, before or after publication. Never public
    and without replies: deleted. Otherwise its place in the discussion stays, marked as
    withdrawn, without its text and without the author's data."""
    with transaction.atomic():
        if not _needed_by_others(contribution):
            _delete([contribution])
            return
        now = timezone.now()
        _forget_author(contribution, now)
        contribution.text = ""
        contribution.withdrawn_at = now
        contribution.save()
        forget_in_history(Contribution, [contribution.pk], _history_label(WITHDRAWN))


class ConsultationData:
    """The source "My data" asks (see `home.participation.personal_data`)."""

    def sections(self, email: str) -> list[Section]:
        contributions = list(contributions_of(email))
        return [
            Section(
                key="contributions",
                title=_("Comments, statements and feedback"),
                items=[self._item(contribution) for contribution in contributions],
                note=_(
                    "If you withdraw a contribution that was never published, it is deleted. "
                    "A published one is taken down: only a note that it was withdrawn "
                    "remains in its place, so that replies to it stay readable."
                ),
            ),
            Section(
                key="answer_notifications",
                title=_("Answer notifications"),
                items=[
                    self._notification(contribution)
                    for contribution in contributions
                    if contribution.notify_on_answer
                ],
            ),
            Section(
                key="supports",
                title=_("Agreements (“I agree”)"),
                items=self._supports(email),
                note=_(
                    "For an agreement we keep only a digital fingerprint of your address, "
                    "never the address itself."
                ),
            ),
            Section(
                key="reports",
                title=_("Reports of contributions"),
                items=[],
                note=_(
                    "Reports are stored without an e-mail address, so none can be linked "
                    "to you. They contain only the reason that was given."
                ),
            ),
        ]

    def erase(self, email: str) -> None:
        erase(email)

    def withdraw(self, email: str, key: str) -> bool:
        if not key.startswith(KEY_PREFIX) or not key[len(KEY_PREFIX) :].isdigit():
            return False
        contribution = (
            contributions_of(email)
            .filter(pk=int(key[len(KEY_PREFIX) :]), withdrawn_at=None)
            .first()
        )
        if contribution is None:
            return False
        withdraw(contribution)
        return True

    @staticmethod
    def _field(name: str) -> str:
        return capfirst(Contribution._meta.get_field(name).verbose_name)

    def _item(self, contribution: Contribution) -> Item:
        field = self._field
        details = {
            field("author_name"): contribution.author_name,
            field("organisation"): contribution.organisation,
            field("email"): contribution.email,
            field("language"): contribution.get_language_display(),
            field("topic"): str(contribution.topic or ""),
            field("consultation"): contribution.consultation.title
            if contribution.consultation
            else "",
            field("paragraph_number"): contribution.paragraph_number,
            field("created_at"): _when(contribution.created_at),
            field("confirmed_at"): _when(contribution.confirmed_at),
            field("published_at"): _when(contribution.published_at),
            field("moderation_reason"): contribution.moderation_reason,
            field("review_status"): contribution.get_review_status_display(),
            field("public_answer"): contribution.public_answer,
            field("notify_on_answer"): _("yes") if contribution.notify_on_answer else _("no"),
            field("withdrawn_at"): _when(contribution.withdrawn_at),
        }
        public = contribution.is_published and not contribution.withdrawn_at
        return Item(
            key=f"{KEY_PREFIX}{contribution.pk}",
            kind=_("Reply to a comment")
            if contribution.parent_id
            else str(contribution.get_source_display()),
            date=contribution.created_at,
            status=str(contribution.get_moderation_status_display()),
            text=contribution.text,
            details={label: value for label, value in details.items() if value},
            url=services.public_url(contribution) if public else "",
            withdrawable=not contribution.withdrawn_at,
        )

    @staticmethod
    def _notification(contribution: Contribution) -> Item:
        return Item(
            key=f"notification-{contribution.pk}",
            kind=_("Answer notification"),
            date=contribution.created_at,
            status=_("Answer sent") if contribution.answered_at else _("Waiting for an answer"),
            text=contribution.text,
        )

    @staticmethod
    def _supports(email: str) -> list[Item]:
        supports = (
            Support.objects.filter(email_hash=email_hash(email))
            .select_related("contribution")
            .order_by("created_at")
        )
        return [
            Item(
                key=f"support-{support.pk}",
                kind=_("I agree"),
                date=support.created_at,
                status=_("confirmed")
                if support.confirmed_at
                else str(Contribution.ModerationStatus.UNCONFIRMED.label),
                text=support.contribution.text,
            )
            for support in supports
        ]


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""
