"""The forum's public views, reached through the routes of the forum pages
(`ForumSessionPage.register`, ...). Thin: forms validate, `forum.services` decides."""

from http import HTTPStatus

from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.decorators import ratelimit

from home import navigation
from home.participation import privacy_notice_url, privacy_notice_version

from . import ical, services
from .forms import RegistrationForm
from .models import ForumSessionPage, Registration

#: Registrations per client address and per e-mail address; confirmations and
#: cancellations per client address. Over the limit, visitors get the 429 page.
REGISTER_RATE_PER_IP = "20/h"
REGISTER_RATE_PER_EMAIL = "5/h"
LINK_RATE_PER_IP = "30/h"


def _render(request, page, template: str, context: dict, status=HTTPStatus.OK, private=False):
    context = {
        "page": page,
        "self": page,
        "breadcrumb_ancestors": navigation.breadcrumb(page),
        **context,
    }
    response = TemplateResponse(request, template, context, status=status)
    if private:
        # Pages behind personal links: never cached, never indexed.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


def _refusal(request, page, refused: services.Refused, private: bool = True):
    return _render(
        request,
        page,
        "forum/registration_problem.html",
        {"message": refused.message},
        status=refused.status,
        private=private,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@ratelimit(key="ip", rate=REGISTER_RATE_PER_IP, method="POST", block=True)
@ratelimit(key="post:email", rate=REGISTER_RATE_PER_EMAIL, method="POST", block=True)
def register(request, page: ForumSessionPage):
    counts = services.seat_counts([page])[page.translation_key]
    state = page.registration_state(counts)
    context = {
        "counts": counts,
        "registration_state": state,
        "state_message": services.state_message(page, state),
        "privacy_url": privacy_notice_url(request),
    }
    if not state.accepts_registrations:
        status = HTTPStatus.CONFLICT if request.method == "POST" else HTTPStatus.OK
        return _render(request, page, "forum/registration_form.html", context, status)

    form_kwargs = {"session": page, "retention_days": services.retention_days()}
    if request.method != "POST":
        context["form"] = RegistrationForm(**form_kwargs)
        return _render(request, page, "forum/registration_form.html", context)

    form = RegistrationForm(request.POST, **form_kwargs)
    if not form.is_valid():
        context["form"] = form
        return _render(
            request, page, "forum/registration_form.html", context, HTTPStatus.BAD_REQUEST
        )
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


@require_http_methods(["GET", "HEAD"])
def register_sent(request, page: ForumSessionPage):
    return _render(
        request,
        page,
        "forum/registration_sent.html",
        {"hours": int(services.confirmation_max_age().total_seconds() // 3600)},
    )


@require_http_methods(["GET", "HEAD", "POST"])
@ratelimit(key="ip", rate=LINK_RATE_PER_IP, method="POST", block=True)
def confirm(request, page: ForumSessionPage):
    """The confirmation link opens a page with a button: mail scanners that open links
    must not confirm for the person."""
    try:
        registration = services.registration_from_link(
            page,
            services.CONFIRM_PURPOSE,
            request.GET.get("token", ""),
            services.confirmation_max_age(),
        )
        if request.method == "POST":
            services.confirm(registration.pk)
            return redirect(request.get_full_path())
    except services.Refused as refused:
        return _refusal(request, page, refused)
    except Registration.DoesNotExist:
        return _refusal(request, page, _gone())
    return _render(
        request,
        page,
        "forum/registration_confirm.html",
        {
            "registration": registration,
            "waitlist_position": services.waitlist_position(registration),
            "cancel_url": page.subpage_url(
                "cancel", request, token=services.cancel_token(registration)
            ),
            "session_has_begun": timezone.now() >= page.start,
        },
        private=True,
    )


@require_http_methods(["GET", "HEAD", "POST"])
@ratelimit(key="ip", rate=LINK_RATE_PER_IP, method="POST", block=True)
def cancel(request, page: ForumSessionPage):
    """The personal cancellation link from the e-mails; cancelling takes a button press."""
    try:
        registration = services.registration_from_link(
            page, services.CANCEL_PURPOSE, request.GET.get("token", "")
        )
        if request.method == "POST":
            services.cancel(registration.pk)
            return redirect(request.get_full_path())
    except services.Refused as refused:
        return _refusal(request, page, refused)
    except Registration.DoesNotExist:
        return _refusal(request, page, _gone())
    return _render(
        request,
        page,
        "forum/registration_cancel.html",
        {
            "registration": registration,
            "waitlist_position": services.waitlist_position(registration),
            "session_has_begun": timezone.now() >= page.start,
        },
        private=True,
    )


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
