"""E-mails to people who registered, each in the language they registered in, and the
signed links they carry.

Every mail goes through the participation kit (`send_templated_mail`): it leaves after the
transaction commits, through the task queue, and a slow or broken mail server never fails
a request. Templates: `forum/emails/<kind>_subject.txt` and `forum/emails/<kind>.txt`.
"""

from django.utils import timezone, translation

from home import caching
from home.participation import SignedLink, send_templated_mail

from . import ical
from .models import TIME_ZONE, ForumSessionPage, Registration

#: The double opt-in link; pending registrations are deleted once it has expired.
CONFIRMATION = SignedLink("forum.confirm")
#: The personal link to cancel a registration; it works until the session is over.
CANCELLATION = SignedLink("forum.cancel")


def link_value(registration: Registration) -> list[int]:
    """What a link carries: the registration and its `link_nonce`, so that registering
    anew after a cancellation makes the old links useless."""
    return [registration.pk, registration.link_nonce]


def link_token(link: SignedLink, registration: Registration) -> str:
    return link.token(link_value(registration))


def link_url(link: SignedLink, session, route: str, registration: Registration, request=None):
    return link.url(session, route, link_value(registration), request)


def localized_session(session: ForumSessionPage, language_code: str) -> ForumSessionPage:
    """The session page in the person's language, or the original if there is none
    (from the cache: it changes only with the pages)."""
    localized = caching.cached(
        None,
        "session-in",
        session.translation_key,
        language_code,
        compute=lambda: (
            ForumSessionPage.objects.live()
            .filter(translation_key=session.translation_key, locale__language_code=language_code)
            .first()
        ),
    )
    return localized or session


def _send(
    registration: Registration,
    kind: str,
    calendar: bool = False,
    session: ForumSessionPage | None = None,
    **context,
) -> None:
    session = session or localized_session(registration.session, registration.language)
    attachments = None
    with translation.override(registration.language), timezone.override(TIME_ZONE):
        if calendar:
            content = ical.session_calendar(session, include_online_url=True).to_ical()
            attachments = [(f"{session.slug}.ics", content.decode(), "text/calendar")]
        if kind not in ("confirmation_request", "cancelled"):
            context["cancel_url"] = link_url(CANCELLATION, session, "cancel", registration)
        send_templated_mail(
            f"forum/emails/{kind}",
            {"registration": registration, "session": session, **context},
            registration.email,
            registration.language,
            attachments,
        )


def confirmation_request(registration: Registration) -> None:
    """The double opt-in mail. It carries the confirmation link and fixed text only:
    nothing a stranger typed into the form reaches someone else's inbox."""
    session = localized_session(registration.session, registration.language)
    _send(
        registration,
        "confirmation_request",
        session=session,
        confirm_url=link_url(CONFIRMATION, session, "confirm", registration),
        hours=int(CONFIRMATION.lifetime.total_seconds() // 3600),
    )


def seat_confirmed(registration: Registration) -> None:
    _send(registration, "seat_confirmed", calendar=True)


def waitlisted(registration: Registration, position: int | None) -> None:
    _send(registration, "waitlisted", position=position)


def promoted(registration: Registration) -> None:
    _send(registration, "promoted", calendar=True)


def already_registered(registration: Registration) -> None:
    _send(registration, "already_registered")


def cancelled(registration: Registration) -> None:
    _send(registration, "cancelled")


def reminder(registration: Registration) -> None:
    _send(registration, "reminder", calendar=True)
