"""Business rules of the Intercultural Forum: registering, confirming, cancelling, the
waitlist, reminders and deleting personal data. Views, the admin and management commands
call these functions; nothing else changes a registration's state.

When is a seat taken? At *confirmation*, not when the form is sent. The form only creates
a *pending* registration and mails a confirmation link (double opt-in). Confirming locks
the session row (`select_for_update`), counts the confirmed seats and then marks the
registration *confirmed* if a seat is free, otherwise *waitlisted*. Every confirmation
gets the next `sequence` number under that lock, so the waitlist is served strictly in
the order people confirmed. Whenever a seat may have become free (a cancellation, a
deletion, an editor raising the capacity and publishing), `promote_waitlist` runs under
the same lock and moves the first people on the waitlist up, mailing each of them.

Settings: `PARTICIPATION_LINK_HOURS` (how long the confirmation link works; unconfirmed
registrations are deleted after that), `FORUM_REMINDER_DAYS`, `FORUM_RETENTION_DAYS`.
"""

import datetime
import itertools
from dataclasses import dataclass
from http import HTTPStatus

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.db.models.functions import Coalesce
from django.template.defaultfilters import date as format_date
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home import caching
from home.digits import localized_digits
from home.models import Topic
from home.participation import LinkError, email_key

from . import mails
from .models import (
    TIME_ZONE,
    ForumIndexPage,
    ForumSessionPage,
    Registration,
    RegistrationState,
    SeatCounts,
)
from .structured_data import event_data

Status = Registration.Status


# Refusals ---------------------------------------------------------------------


class Refused(Exception):
    """Something the rules do not allow; `message` tells the visitor why, in their language,
    and `status` is the HTTP status a view answers with."""

    status = HTTPStatus.CONFLICT

    def __init__(self, message: str, status: HTTPStatus | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


def state_message(session: ForumSessionPage, state: RegistrationState) -> str:
    """Why a session takes no registrations, in a sentence."""
    if state is RegistrationState.NOT_YET_OPEN:
        opens = timezone.localtime(session.registration_opens, TIME_ZONE)
        return _("Registration opens on %(date)s at %(time)s.") % {
            "date": localized_digits(format_date(opens, "DATE_FORMAT")),
            "time": localized_digits(format_date(opens, "TIME_FORMAT")),
        }
    if state is RegistrationState.CLOSED:
        return _("Registration for this session is closed.")
    if state is RegistrationState.OVER:
        return _("This session has already begun or taken place.")
    return ""


# Reading ----------------------------------------------------------------------


def seat_counts(sessions) -> dict:
    """Registrations per state for each session, keyed by translation key, so that all
    language versions of a session share one count. One query however many sessions."""
    keys = {session.translation_key for session in sessions}
    rows = (
        Registration.objects.filter(session__translation_key__in=keys)
        .values("session__translation_key", "status")
        .annotate(count=Count("pk"))
    )
    found: dict = {key: {} for key in keys}
    for row in rows:
        found[row["session__translation_key"]][row["status"]] = row["count"]
    return {key: SeatCounts(**by_status) for key, by_status in found.items()}


def waitlist_position(registration: Registration) -> int | None:
    """1 for the first person on the waitlist; None for anyone not on it."""
    if registration.status != Status.WAITLISTED:
        return None
    return (
        Registration.objects.filter(
            session_id=registration.session_id,
            status=Status.WAITLISTED,
            sequence__lt=registration.sequence,
        ).count()
        + 1
    )


def upcoming_sessions(limit: int | None = 3) -> list[ForumSessionPage]:
    """The next sessions in the visitor's language, for teasers such as the start page
    (and, with `limit=None`, for the calendar feed)."""
    sessions = (
        caching.public(ForumSessionPage.objects.live())
        .filter(locale=caching.active_locale(), end__gte=timezone.now())
        .defer_streamfields()
        .select_related("topic")
        .order_by("start")
    )
    return Topic.localize(list(sessions[:limit]))


def index_listing(index: ForumIndexPage, topic: str) -> dict:
    """What the forum index shows: upcoming sessions with their registration state, past
    sessions grouped by year (newest first), and the filter by field of action (`topic`,
    a topic's slug). The sessions with their topics come from the cache (`home.caching`:
    renewed when a page or topic changes); one query for the seats, one more with a filter."""

    def read_sessions() -> list[ForumSessionPage]:
        sessions = list(
            caching.public(ForumSessionPage.objects.live())
            .child_of(index)
            .defer_streamfields()
            .select_related("topic")
            .order_by("start", "pk")
        )
        return Topic.localize(sessions)

    sessions = caching.cached(
        None, "forum-sessions", index.pk, translation.get_language(), compute=read_sessions
    )
    topic_error = ""
    if topic and not Topic.objects.filter(slug=topic).exists():
        topic_error = _("There is no such topic. All sessions are shown.")
        topic = ""
    used = {session.topic for session in sessions if session.topic}
    topics = [(used_topic.slug, used_topic.name) for used_topic in sorted(used, key=str)]
    if topic:
        sessions = [
            session for session in sessions if session.topic and session.topic.slug == topic
        ]

    now = timezone.now()
    upcoming = [session for session in sessions if session.end >= now]
    past = sorted(
        (session for session in sessions if session.end < now),
        key=lambda session: session.start,
        reverse=True,
    )
    counts = seat_counts(upcoming)
    for session in upcoming:
        key = session.translation_key
        session.registration_status = session.registration_state(counts[key], now)
    past_by_year = [
        (year, list(group))
        for year, group in itertools.groupby(
            past, key=lambda session: timezone.localtime(session.start, TIME_ZONE).year
        )
    ]
    return {
        "feed_url": reverse("forum_calendar_feed"),
        "upcoming_sessions": upcoming,
        "past_by_year": past_by_year,
        "topics": topics,
        "current_topic": topic,
        "topic_error": topic_error,
    }


def session_details(session: ForumSessionPage, request) -> dict:
    """What a session page shows besides its fields: agenda, seats, registration state."""
    counts = seat_counts([session])[session.translation_key]
    state = session.registration_state(counts)

    def read_published() -> tuple:
        """What changes only when an editor publishes: the topic and the agenda."""
        return Topic.localize([session])[0].topic, list(session.agenda_items.all())

    session.topic, agenda_items = caching.cached(
        request, "session-details", session.pk, translation.get_language(), compute=read_published
    )
    return {
        "feed_url": reverse("forum_calendar_feed"),
        "agenda_items": agenda_items,
        "counts": counts,
        "free_seats": max(session.capacity - counts.confirmed, 0),
        "registration_state": state,
        "state_message": state_message(session, state),
        "register_url": session.subpage_url("register", request),
        "ics_url": session.subpage_url("ics", request),
        "structured_data": event_data(session, request, counts, state),
    }


# Links in e-mails ---------------------------------------------------------------


def registration_from_link(
    session: ForumSessionPage, link, token: str, now: datetime.datetime | None = None
) -> tuple[Registration, bool]:
    """The registration a link in an e-mail (`mails.CONFIRMATION` or `mails.CANCELLATION`)
    points to, and whether the link has expired.

    Raises `Refused` with 400 for a tampered link, 404 for a registration that no longer
    exists, and 410 for a link from an earlier registration of the same person, an
    expired confirmation link of a pending registration and a cancellation link after
    the session. An expired confirmation link still shows a registration that was
    confirmed in time: opening one's link again is harmless."""
    try:
        value, expired = link.read(token), False
    except LinkError as problem:
        if not problem.expired:
            raise Refused(problem.message, problem.status) from None
        value, expired = link.read(token, allow_expired=True), True
    if not (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(part, int) and not isinstance(part, bool) for part in value)
    ):
        raise Refused(_("This link is not valid."), HTTPStatus.BAD_REQUEST)
    pk, nonce = value
    registration = (
        Registration.objects.filter(pk=pk, session__translation_key=session.translation_key)
        .select_related("session")
        .first()
    )
    if registration is None:
        raise Refused(
            _(
                "This registration no longer exists. Unconfirmed registrations are deleted "
                "after a few days; you are welcome to register again."
            ),
            HTTPStatus.NOT_FOUND,
        )
    if registration.link_nonce != nonce:
        raise Refused(
            _(
                "This link belongs to an earlier registration and no longer works. Please "
                "use the link in your most recent e-mail."
            ),
            HTTPStatus.GONE,
        )
    if expired and registration.status == Status.PENDING:
        raise Refused(
            _("This confirmation link has expired. Please register again."), HTTPStatus.GONE
        )
    if link is mails.CANCELLATION and (now or timezone.now()) >= registration.session.end:
        raise Refused(_("This session is over, so this link no longer works."), HTTPStatus.GONE)
    return registration, expired


# Citizens -----------------------------------------------------------------------


def register(
    session: ForumSessionPage,
    *,
    name: str,
    email: str,
    organisation: str = "",
    interpretation: str = "",
    accessibility_needs: str = "",
    language: str = settings.LANGUAGE_CODE,
    privacy_notice_version: str = "",
    now: datetime.datetime | None = None,
) -> Registration:
    """Records a registration as *pending* and mails the confirmation link.

    One registration per address and session: sending the form again while pending
    changes nothing but mails the confirmation link again (anyone may type in someone
    else's address; only the owner of the address decides, through the link); after a
    cancellation it starts over with new links; while confirmed or waitlisted nothing
    changes and the person is reminded by mail of their registration. The visitor sees
    the same answer in every case, so the form does not tell strangers who is
    registered."""
    now = now or timezone.now()
    session = session.original
    state = session.registration_state(SeatCounts(), now)
    if not state.accepts_registrations:
        raise Refused(state_message(session, state))
    email, key = email.strip(), email_key(email)
    details = {
        "name": name,
        "organisation": organisation,
        "interpretation": interpretation if interpretation in session.interpretation else "",
        "accessibility_needs": accessibility_needs,
        "language": language,
        "privacy_notice_version": privacy_notice_version,
    }
    try:
        # Most people register once: one insert, and the mail, in one transaction.
        with transaction.atomic():
            registration = Registration.objects.create(
                session=session, email=email, requested_at=now, request_mailed_at=now, **details
            )
            mails.confirmation_request(registration)
    except IntegrityError:
        # This address has registered before, perhaps a moment ago in another request.
        return _register_again(session, key, email, details, now)
    return registration


def _register_again(
    session: ForumSessionPage, key: str, email: str, details: dict, now: datetime.datetime
) -> Registration:
    """`register` for an address the session already has a registration for."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(session=session, email_key=key)
        if registration.status in (Status.CONFIRMED, Status.WAITLISTED):
            mails.already_registered(registration)
            return registration
        if registration.status == Status.PENDING and registration.request_mailed_at:
            registration.request_mailed_at = now
            registration.save(update_fields=["request_mailed_at"])
            mails.confirmation_request(registration)
            return registration
        if registration.status == Status.CANCELLED:
            _reset(registration)
        for field, value in details.items():
            setattr(registration, field, value)
        registration.status = Status.PENDING
        registration.requested_at = now
        registration.request_mailed_at = now
        registration.email = email
        registration.save()
        mails.confirmation_request(registration)
    return registration


def confirm(known: Registration, now: datetime.datetime | None = None) -> Registration:
    """Confirms an e-mail address: a seat if one is free, else a place on the waitlist.

    `known` is the registration as read before (from the link): it only decides whether
    to wait for the lock at all, and lends its session to the mails; under the lock the
    registration is read anew. Confirming twice changes nothing. Refused once the session
    has begun."""
    if known.status != Status.PENDING:
        return known  # without waiting for the lock
    with transaction.atomic():
        session = _lock_session(known.session_id)
        # Read the clock only once the lock is ours: confirmation times follow lock order.
        now = now or timezone.now()
        registration = Registration.objects.get(pk=known.pk)
        if registration.status != Status.PENDING:
            return registration
        if now >= session.start:
            raise Refused(state_message(session, RegistrationState.OVER))
        if Registration.session.is_cached(known):
            registration.session = known.session  # the mail needs no query for it
        _take_seat_or_queue(session, registration, now)
    return registration


def cancel(
    registration_id: int, *, by_staff: bool = False, now: datetime.datetime | None = None
) -> Registration:
    """Cancels a registration and gives a freed seat to the first person on the waitlist.

    Cancelling twice changes nothing. People can cancel online until the session begins;
    staff can cancel at any time."""
    with transaction.atomic():
        session = _lock_session_of(registration_id)
        now = now or timezone.now()
        registration = Registration.objects.get(pk=registration_id)
        if registration.status == Status.CANCELLED:
            return registration
        if not by_staff and now >= session.start:
            raise Refused(
                _(
                    "This session has already begun, so registrations can no longer be "
                    "cancelled online."
                )
            )
        held_seat = registration.status == Status.CONFIRMED
        was_pending = registration.status == Status.PENDING
        registration.status = Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        if not was_pending:
            _after_commit(mails.cancelled, registration)
        if held_seat:
            _fill_free_seats(session, now)
    return registration


def promote_waitlist(
    session: ForumSessionPage, now: datetime.datetime | None = None
) -> list[Registration]:
    """Gives free seats to the waitlist in order and mails everyone who moved up.

    Runs after cancellations and whenever a session is published (its capacity may have
    been raised). Nothing happens once the session has begun."""
    with transaction.atomic():
        locked = _lock_session(session.original.pk)
        return _fill_free_seats(locked, now or timezone.now())


# Staff --------------------------------------------------------------------------


def register_by_staff(
    session: ForumSessionPage,
    *,
    name: str,
    email: str = "",
    organisation: str = "",
    interpretation: str = "",
    accessibility_needs: str = "",
    language: str = settings.LANGUAGE_CODE,
    now: datetime.datetime | None = None,
) -> Registration:
    """A registration taken by phone, letter or at the desk: confirmed at once (staff
    checked who it is), with a seat if one is free, else on the waitlist. Staff may register
    people after registration closed; mails go out only if an address is given."""
    email = email.strip()
    with transaction.atomic():
        session = _lock_session(session.original.pk)
        now = now or timezone.now()
        registration = None
        if email:
            registration = Registration.objects.filter(
                session=session, email_key=email_key(email)
            ).first()
        if registration is not None and registration.status != Status.CANCELLED:
            raise Refused(_("This e-mail address is already registered for this session."))
        if registration is None:
            registration = Registration(session=session, email=email)
        else:
            _reset(registration)
        registration.name = name
        registration.organisation = organisation
        registration.interpretation = interpretation
        registration.accessibility_needs = accessibility_needs
        registration.language = language
        registration.source = Registration.Source.STAFF
        registration.requested_at = now
        registration.status = Status.PENDING
        registration.save()
        _take_seat_or_queue(session, registration, now)
    return registration


def erase(registration_id: int, now: datetime.datetime | None = None) -> None:
    """Deletes a registration at the person's request; a freed seat goes to the waitlist."""
    with transaction.atomic():
        session = _lock_session_of(registration_id)
        now = now or timezone.now()
        registration = Registration.objects.get(pk=registration_id)
        held_seat = registration.status == Status.CONFIRMED
        registration.delete()
        if held_seat:
            _fill_free_seats(session, now)


# Scheduled jobs -------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeResult:
    after_session: int
    unconfirmed: int


def purge_personal_data(now: datetime.datetime | None = None) -> PurgeResult:
    """Both retention rules of the forum; `manage.py purge_personal_data` runs them daily
    with every other rule of the site."""
    now = now or timezone.now()
    return PurgeResult(after_session=purge_after_session(now), unconfirmed=purge_unconfirmed(now))


def purge_after_session(now: datetime.datetime) -> int:
    """Deletes registrations of sessions that ended more than `FORUM_RETENTION_DAYS` ago."""
    _total, deleted = Registration.objects.filter(
        session__end__lt=now - datetime.timedelta(days=settings.FORUM_RETENTION_DAYS)
    ).delete()
    return deleted.get(Registration._meta.label, 0)


def purge_unconfirmed(now: datetime.datetime) -> int:
    """Deletes pending registrations whose last confirmation link has expired."""
    last_link = Coalesce("request_mailed_at", "requested_at")
    _total, deleted = (
        Registration.objects.filter(status=Status.PENDING)
        .alias(last_link=last_link)
        .filter(last_link__lt=now - mails.CONFIRMATION.lifetime)
        .delete()
    )
    return deleted.get(Registration._meta.label, 0)


def send_reminders(now: datetime.datetime | None = None) -> int:
    """Queues a reminder for everyone with a seat at a session that begins within the
    next `FORUM_REMINDER_DAYS` days. Each person gets one reminder; people who got their
    seat after the reminder was due already have all details fresh in their inbox and get
    none. Run at least daily; returns the number of reminders queued."""
    now = now or timezone.now()
    lead = datetime.timedelta(days=settings.FORUM_REMINDER_DAYS)
    sent = 0
    with transaction.atomic():
        due = (
            Registration.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(
                status=Status.CONFIRMED,
                reminder_sent_at__isnull=True,
                session__live=True,
                session__start__gt=now,
                session__start__lte=now + lead,
            )
            .exclude(email="")
            .select_related("session")
        )
        for registration in due:
            seat_since = registration.promoted_at or registration.confirmed_at or now
            if seat_since >= registration.session.start - lead:
                continue
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            mails.reminder(registration)
            sent += 1
    return sent


# Under the lock -------------------------------------------------------------------


def _lock_session(session_pk: int) -> ForumSessionPage:
    """Locks a session's row until the transaction ends: registrations of one session are
    confirmed, cancelled and promoted one at a time."""
    return (
        ForumSessionPage.objects.select_for_update(of=("self",))
        .only("start", "capacity")  # not the whole page: others wait for this lock
        .get(pk=session_pk)
    )


def _lock_session_of(registration_id: int) -> ForumSessionPage:
    session_id = (
        Registration.objects.filter(pk=registration_id).values_list("session_id", flat=True).first()
    )
    if session_id is None:
        raise Registration.DoesNotExist(registration_id)
    return _lock_session(session_id)


def _reset(registration: Registration) -> None:
    """Clears what a cancelled registration went through, so that it can start over."""
    registration.sequence = None
    registration.confirmed_at = None
    registration.promoted_at = None
    registration.cancelled_at = None
    registration.reminder_sent_at = None


def _take_seat_or_queue(
    session: ForumSessionPage, registration: Registration, now: datetime.datetime
) -> None:
    """Call with the session locked. Earlier waitlist entries come first: if seats are
    free (capacity was raised), they are given out before this registration is counted.

    Everyone waits for the lock in a rush, so it is held for as few queries as possible
    (one aggregate, one update) and the mail is written after the commit."""
    tally = _tally(session)
    if _fill_free_seats(session, now, tally):
        tally = _tally(session)
    registration.sequence = (tally["last"] or 0) + 1
    registration.confirmed_at = now
    seat_free = tally["confirmed"] < session.capacity
    registration.status = Status.CONFIRMED if seat_free else Status.WAITLISTED
    registration.save(update_fields=["sequence", "confirmed_at", "status"])
    if registration.status == Status.CONFIRMED:
        _after_commit(mails.seat_confirmed, registration)
    else:
        _after_commit(lambda: mails.waitlisted(registration, waitlist_position(registration)))


def _tally(session: ForumSessionPage) -> dict:
    """Confirmed seats, people waiting and the last sequence number, in one query."""
    return Registration.objects.filter(session=session).aggregate(
        confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Status.WAITLISTED)),
        last=Max("sequence"),
    )


def _after_commit(send, *args) -> None:
    """Mails are written once the transaction has committed: not while the session is
    locked and others wait for it."""
    transaction.on_commit(lambda: send(*args))


def _fill_free_seats(
    session: ForumSessionPage, now: datetime.datetime, tally: dict | None = None
) -> list[Registration]:
    """Call with the session locked."""
    if now >= session.start:
        return []
    tally = tally or _tally(session)
    free = session.capacity - tally["confirmed"]
    if free <= 0 or not tally["waiting"]:
        return []
    promoted = list(Registration.objects.filter(session=session).waitlist()[:free])
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        _after_commit(mails.promoted, registration)
    return promoted
