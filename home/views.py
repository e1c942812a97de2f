import re
from dataclasses import dataclass

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Page

from home import caching
from home.digits import localized_digits

RESULTS_PER_PAGE = 10
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    teaser: str


def _hits(pages, request) -> list[SearchHit]:
    return [
        SearchHit(
            title=page.title,
            url=page.get_url(request),
            teaser=page.search_description
            or Truncator(strip_tags(getattr(page, "intro", "") or "")).words(40),
        )
        for page in pages
    ]


def search(request):
    """Full-text search over the live pages of the visitor's language. Counts and hits
    are cached until a page changes (`home.caching`), as plain titles, links and teasers."""
    # Control characters find nothing, and PostgreSQL refuses NUL in a query outright.
    query = _CONTROL_CHARACTERS.sub("", request.GET.get("q", "")).strip()
    error = ""
    if len(query) > MAX_QUERY_LENGTH:
        # A fixed sentence and a number: its digits can be swapped as a whole.
        error = localized_digits(
            _("Please use at most %(count)d characters.") % {"count": MAX_QUERY_LENGTH}
        )
    searched = query if query and not error else ""

    def results():
        if not searched:
            return Page.objects.none()
        return (
            caching.public(Page.objects.live())
            .filter(locale=caching.active_locale(), depth__gte=2)
            .specific()
            .search(searched)
        )

    page_of_results = caching.cached_page(
        request,
        "search",
        request.get_host(),
        translation.get_language(),
        searched,
        items=results,
        number=request.GET.get("page"),
        per_page=RESULTS_PER_PAGE,
        rows=lambda pages: _hits(pages, request),
    )
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
