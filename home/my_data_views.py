""" "My data": a person sees, downloads and deletes everything stored under their e-mail
address (DSGVO Art. 15, 17, 20), and withdraws a contribution of theirs.

The request form mails a signed link and gives the same answer whether or not anything is
stored under the address, so it tells strangers nothing. Everything else happens behind
that link, on private pages (never cached, never indexed). What is stored where, the apps
say (`home.participation.personal_data`)."""

import csv
import json
from http import HTTPStatus
from urllib.parse import urlencode

from django import forms
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .exports import spreadsheet_text
from .forms import PublicForm
from .participation import (
    LinkError,
    SignedLink,
    SpamProtectedForm,
    email_key,
    personal_data,
    rate_limited,
    send_templated_mail,
)

#: The link to everything stored under an address (`settings.PARTICIPATION_LINK_HOURS`).
ACCESS = SignedLink("mydata.access")
DONE_MESSAGES = {
    "erased": gettext_lazy(
        "Your data has been deleted. Published contributions remain without your name and address."
    ),
    "withdrawn": gettext_lazy("Your contribution has been withdrawn."),
}


class RequestForm(SpamProtectedForm):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        max_length=254,
        help_text=gettext_lazy("We send a personal link to this address."),
        error_messages={
            "invalid": gettext_lazy("Please enter a valid e-mail address, e.g. name@example.org.")
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    field_order = ["email", "website", "started"]


class EraseForm(PublicForm):
    confirm = forms.BooleanField(
        label=gettext_lazy("Yes, delete my data as described above."),
        error_messages={"required": gettext_lazy("Please tick the box to confirm.")},
    )


def _hours() -> int:
    return int(ACCESS.lifetime.total_seconds() // 3600)


def _private(response):
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited
def request_link(request):
    form = RequestForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_valid():
            _send_link(request, form.cleaned_data["email"])
            return redirect("my_data_sent")
        status = HTTPStatus.BAD_REQUEST
    else:
        status = HTTPStatus.OK
    return TemplateResponse(request, "home/my_data/request.html", {"form": form}, status=status)


def _send_link(request, email: str) -> None:
    """The same mail whether or not anything is stored: the page behind the link says
    which. It carries nothing but the link, and leaves after the request (task queue), so
    the answer takes as long either way."""
    query = urlencode({"token": ACCESS.token(email_key(email))})
    url = request.build_absolute_uri(f"{reverse('my_data_overview')}?{query}")
    send_templated_mail(
        "home/emails/my_data_link", {"url": url, "hours": _hours()}, email, get_language()
    )


@require_http_methods(["GET", "HEAD"])
def sent(request):
    return TemplateResponse(request, "home/my_data/sent.html", {"hours": _hours()})


def _person(request) -> str:
    """The address behind the link. Raises `LinkError`."""
    email = ACCESS.read(request.GET.get("token", ""))
    if not isinstance(email, str) or "@" not in email:
        raise LinkError(_("This link is not valid."), HTTPStatus.BAD_REQUEST)
    return email


def _problem(request, problem: LinkError):
    context = {"expired": problem.expired, "message": problem.message}
    return _private(
        TemplateResponse(request, "home/my_data/problem.html", context, status=problem.status)
    )


@require_http_methods(["GET", "HEAD", "POST"])
@rate_limited(links=True)
def overview(request):
    try:
        email = _person(request)
    except LinkError as problem:
        return _problem(request, problem)
    here = request.get_full_path()
    erase_form = EraseForm()
    status = HTTPStatus.OK
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "withdraw":
            done = (
                "withdrawn"
                if personal_data.withdraw(email, request.POST.get("item", ""))
                else "nothing"
            )
            return redirect(_with_done(request, done))
        erase_form = EraseForm(request.POST)
        if action == "erase" and erase_form.is_valid():
            personal_data.erase_everything(email)
            return redirect(_with_done(request, "erased"))
        status = HTTPStatus.BAD_REQUEST
    context = {
        "email": email,
        "sections": personal_data.sections_for(email),
        "erase_form": erase_form,
        "here": here,
        "done": DONE_MESSAGES.get(request.GET.get("done", "")),
        "hours": _hours(),
        "token": request.GET.get("token", ""),
    }
    return _private(TemplateResponse(request, "home/my_data/overview.html", context, status=status))


def _with_done(request, done: str) -> str:
    query = urlencode({"token": request.GET.get("token", ""), "done": done})
    return f"{reverse('my_data_overview')}?{query}"


@require_http_methods(["GET", "HEAD"])
@rate_limited(links=True)
def download(request, file_format: str):
    """Everything as JSON (for another service, Art. 20) or CSV (for a spreadsheet)."""
    try:
        email = _person(request)
    except LinkError as problem:
        return _problem(request, problem)
    sections = personal_data.sections_for(email)
    if file_format == "json":
        body = json.dumps(_as_data(email, sections), ensure_ascii=False, indent=2)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # spreadsheet programs then read umlauts and Arabic correctly
        writer = csv.writer(response)
        writer.writerow(
            [_("Section"), _("Kind"), _("Date"), _("Status"), _("Text"), _("Details"), _("Link")]
        )
        for section in sections:
            for item in section.items:
                details = "; ".join(f"{label}: {value}" for label, value in item.details.items())
                row = [
                    section.title,
                    item.kind,
                    _iso(item.date),
                    item.status,
                    item.text,
                    details,
                    item.url,
                ]
                writer.writerow([spreadsheet_text(str(value)) for value in row])
    response["Content-Disposition"] = content_disposition_header(True, f"my-data.{file_format}")
    return _private(response)


def _iso(moment) -> str:
    return timezone.localtime(moment).isoformat() if moment else ""


def _as_data(email: str, sections) -> dict:
    return {
        "email": email,
        "exported_at": timezone.localtime().isoformat(),
        "sections": [
            {
                "section": section.key,
                "title": str(section.title),
                "note": str(section.note),
                "items": [
                    {
                        "kind": str(item.kind),
                        "date": _iso(item.date),
                        "status": str(item.status),
                        "text": item.text,
                        "details": {str(label): value for label, value in item.details.items()},
                        "url": item.url,
                    }
                    for item in section.items
                ],
            }
            for section in sections
        ],
    }
