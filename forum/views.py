"""The forum's public views, reached through the routes of the forum pages (see
`home.routes`). Thin: forms validate, `forum.services` decides."""

from http import HTTPStatus

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from home.participation import (
    privacy_notice_url,
    privacy_notice_version,
    rate_limited,
    render_subpage,
)

from . import ical, services
from .forms import RegistrationForm
from .mails import CANCELLATION, CONFIRMATION, link_url
from .models import ForumIndexPage, ForumSessionPage, Registration, SeatCounts


def index(request, page: ForumIndexPage):
    context = services.index_listing(page, request.GET.get("topic", ""))
    # An unknown topic in the address is the visitor's mistake, not a missing page.
    status = HTTPStatus.BAD_REQUEST if context["topic_error"] else HTTPStatus.OK
    return render_subpage(request, page, page.get_template(request), context, status)


def session(request, page: ForumSessionPage):
    details = services.session_details(page, request)
    return render_subpage(request, page, page.get_template(request), details)


def _refusal(request, page, refused: services.Refused, private: bool = True):
    return render_subpage(
        request,
        page,
        "forum/registration_problem.html",
        {"message": refused.message},
        refused.status,
        private,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited
def register(request, page: ForumSessionPage):
    template = "forum/registration_form.html"
    # Seats are counted only for a page that shows them: whether registrations are taken
    # depends on the clock alone (a full session takes them for its waitlist), and in a
    # rush every query saved in a registration that succeeds counts.
    if not page.registration_state(SeatCounts()).accepts_registrations:
        status = HTTPStatus.CONFLICT if request.method == "POST" else HTTPStatus.OK
        return render_subpage(request, page, template, _seats_context(page), status)

    form = RegistrationForm(
        request.POST if request.method == "POST" else None,
        session=page,
        retention_days=settings.FORUM_RETENTION_DAYS,
        privacy_url=privacy_notice_url(request),
    )
    if request.method != "POST":
        return render_subpage(request, page, template, {**_seats_context(page), "form": form})
    if not form.is_valid():
        context = {**_seats_context(page), "form": form}
        return render_subpage(request, page, template, context, HTTPStatus.BAD_REQUEST)
    try:
        services.register(
            page,
            **form.registration_data(),
            language=get_language(),
            privacy_notice_version=privacy_notice_version(request),
        )
    except services.Refused as refused:
        return _refusal(request, page, refused, private=False)
    return redirect(page.subpage_url("register_sent", request))


def _seats_context(page: ForumSessionPage) -> dict:
    counts = services.seat_counts([page])[page.translation_key]
    state = page.registration_state(counts)
    return {
        "counts": counts,
        "registration_state": state,
        "state_message": services.state_message(page, state),
    }


@require_http_methods(["GET", "HEAD"])
def register_sent(request, page: ForumSessionPage):
    hours = int(CONFIRMATION.lifetime.total_seconds() // 3600)
    return render_subpage(request, page, "forum/registration_sent.html", {"hours": hours})


@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited(links=True)
def confirm(request, page: ForumSessionPage):
    """The confirmation link opens a page with a button: mail scanners that open links
    must not confirm for the person."""
    try:
        registration, expired = services.registration_from_link(
            page, CONFIRMATION, request.GET.get("token", "")
        )
        if request.method == "POST":
            services.confirm(registration)
            return redirect(request.get_full_path())
    except services.Refused as refused:
        return _refusal(request, page, refused)
    except Registration.DoesNotExist:
        return _refusal(request, page, _gone())
    context = _link_context(page, registration)
    if not expired:
        # An old confirmation link shows the registration, but hands out no new key to it.
        context["cancel_url"] = link_url(CANCELLATION, page, "cancel", registration, request)
    return render_subpage(request, page, "forum/registration_confirm.html", context, private=True)


@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited(links=True)
def cancel(request, page: ForumSessionPage):
    """The personal cancellation link from the e-mails; cancelling takes a button press."""
    try:
        registration, _expired = services.registration_from_link(
            page, CANCELLATION, request.GET.get("token", "")
        )
        if request.method == "POST":
            services.cancel(registration.pk)
            return redirect(request.get_full_path())
    except services.Refused as refused:
        return _refusal(request, page, refused)
    except Registration.DoesNotExist:
        return _refusal(request, page, _gone())
    context = _link_context(page, registration)
    return render_subpage(request, page, "forum/registration_cancel.html", context, private=True)


def _link_context(page: ForumSessionPage, registration: Registration) -> dict:
    return {
        "registration": registration,
        "waitlist_position": services.waitlist_position(registration),
        "session_has_begun": timezone.now() >= page.start,
    }


def _gone() -> services.Refused:
    return services.Refused(_("This registration no longer exists."), HTTPStatus.NOT_FOUND)


def _calendar_response(calendar, filename: str, attachment: bool) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    # Slugs may be Arabic or Cyrillic: the header encodes such names as RFC 6266 asks.
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response


@require_http_methods(["GET", "HEAD"])
def session_ics(request, page: ForumSessionPage):
    return _calendar_response(ical.session_calendar(page), f"{page.slug}.ics", attachment=True)


@require_http_methods(["GET", "HEAD"])
def calendar_feed(request):
    """All upcoming sessions in the visitor's language, for calendar apps to subscribe to.

    A plain URL (`/forum/calendar.ics`, `/en/forum/calendar.ics`, ...) rather than a page
    route: calendar apps like addresses that end in `.ics`, Wagtail serves only paths that
    end in "/"."""
    sessions = services.upcoming_sessions(limit=None)
    return _calendar_response(ical.feed_calendar(sessions), "forum.ics", attachment=False)
