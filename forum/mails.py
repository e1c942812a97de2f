"""E-mails to people who registered, each in the language they registered in.

Every mail goes through `home.tasks.queue_mail`: it leaves after the transaction commits,
through the task queue, and a slow or broken mail server never fails a request.
Templates: `forum/emails/<kind>_subject.txt` and `forum/emails/<kind>.txt` (plain text).
"""

from django.template.loader import render_to_string
from django.utils import timezone, translation

from home.tasks import queue_mail

from . import ical
from .models import TIME_ZONE, ForumSessionPage, Registration


def localized_session(session: ForumSessionPage, language_code: str) -> ForumSessionPage:
    """The session page in the person's language, or the original if there is none."""
    return (
        ForumSessionPage.objects.live()
        .filter(translation_key=session.translation_key, locale__language_code=language_code)
        .first()
        or session
    )


def _send(
    registration: Registration, kind: str, context: dict | None = None, calendar: bool = False
) -> None:
    if not registration.email:
        return
    with translation.override(registration.language), timezone.override(TIME_ZONE):
        session = localized_session(registration.session, registration.language)
        context = {"registration": registration, "session": session, **(context or {})}
        subject = render_to_string(f"forum/emails/{kind}_subject.txt", context)
        body = render_to_string(f"forum/emails/{kind}.txt", context)
        attachments = None
        if calendar:
            content = ical.session_calendar(session, include_online_url=True).to_ical()
            attachments = [(f"{session.slug}.ics", content.decode(), "text/calendar")]
    queue_mail(" ".join(subject.split()), body, [registration.email], attachments)


def _cancel_url(registration: Registration, token: str) -> str:
    session = localized_session(registration.session, registration.language)
    return session.full_subpage_url("cancel", token=token)


def confirmation_request(registration: Registration, token: str) -> None:
    """The double opt-in mail. It carries the confirmation link and fixed text only:
    nothing a stranger typed into the form reaches someone else's inbox."""
    from .services import confirmation_max_age

    session = localized_session(registration.session, registration.language)
    _send(
        registration,
        "confirmation_request",
        {
            "confirm_url": session.full_subpage_url("confirm", token=token),
            "hours": int(confirmation_max_age().total_seconds() // 3600),
        },
    )


def seat_confirmed(registration: Registration, token: str) -> None:
    _send(
        registration,
        "seat_confirmed",
        {"cancel_url": _cancel_url(registration, token)},
        calendar=True,
    )


def waitlisted(registration: Registration, token: str, position: int | None) -> None:
    _send(
        registration,
        "waitlisted",
        {"cancel_url": _cancel_url(registration, token), "position": position},
    )


def promoted(registration: Registration, token: str) -> None:
    _send(registration, "promoted", {"cancel_url": _cancel_url(registration, token)}, calendar=True)


def already_registered(registration: Registration) -> None:
    from .services import cancel_token

    _send(
        registration,
        "already_registered",
        {"cancel_url": _cancel_url(registration, cancel_token(registration))},
    )


def cancelled(registration: Registration) -> None:
    _send(registration, "cancelled")


def reminder(registration: Registration) -> None:
    from .services import cancel_token

    _send(
        registration,
        "reminder",
        {"cancel_url": _cancel_url(registration, cancel_token(registration))},
        calendar=True,
    )
