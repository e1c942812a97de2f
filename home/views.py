import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from home import caching
from home.digits import localized_digits

RESULTS_PER_PAGE = 10
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over the live pages of the visitor's language."""
    # Control characters find nothing, and PostgreSQL refuses NUL in a query outright.
    query = _CONTROL_CHARACTERS.sub("", request.GET.get("q", "")).strip()
    error = ""
    results = Page.objects.none()
    if len(query) > MAX_QUERY_LENGTH:
        # A fixed sentence and a number: its digits can be swapped as a whole.
        error = localized_digits(
            _("Please use at most %(count)d characters.") % {"count": MAX_QUERY_LENGTH}
        )
    elif query:
        results = (
            caching.public(Page.objects.live())
            .filter(locale=caching.active_locale(), depth__gte=2)
            .specific()
            .search(query)
        )

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)

    status = 400 if error else 200
    return TemplateResponse(
        request,
        "home/search.html",
        {"query": query, "results": page_of_results, "error": error},
        status=status,
    )


def health(request):
    """For load balancers and uptime checks: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


def rate_limited(request, exception=None):
    """Too many submissions from one address or e-mail in a short time."""
    return TemplateResponse(request, "429.html", status=429)
