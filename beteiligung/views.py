"""Public views of a consultation page, reached through its routes. Thin: forms
validate, `services` does the work."""

from http import HTTPStatus

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from home import caching, open_data
from home.participation import LinkError, privacy_notice_url, rate_limited, render_subpage

from . import cycle, services
from . import results as consultation_results
from .forms import CommentForm, ConfirmForm, ReplyForm, ReportForm, SupportForm
from .models import ConsultationPage, Phase

SENT_MESSAGES = {"comment", "reply", "support", "report"}


def _render(request, page, template: str, status: int = HTTPStatus.OK, **context):
    return render_subpage(request, page, template, context, status)


def _closed_response(request, page: ConsultationPage, template: str, **context):
    context["closed_message"] = _(
        "This consultation is not open for comments at the moment, so nothing was stored."
    )
    return _render(request, page, template, status=HTTPStatus.FORBIDDEN, **context)


def document(request, page: ConsultationPage):
    counts, counted_at = services.cached_counts(page)
    return _render(
        request,
        page,
        "beteiligung/consultation_page.html",
        **_cycle(page),
        counts=counts,
        # Built once here rather than reversed for each of hundreds of paragraphs.
        paragraph_base_url=page.get_url(request) + "paragraph/",
        # The rendered document is cached per revision and language, and renewed when
        # the phase, the comment counts or any page (caching.generation) change.
        document_version=_version(request, page, page.live_revision_id, counted_at),
    )


def _version(request, page: ConsultationPage, *parts) -> str:
    """A key for a cached fragment of `page`: it changes with the language, the phase and
    whenever a page is published."""
    common = (page.pk, translation.get_language(), page.is_open, caching.generation(request))
    return ":".join(str(part) for part in (*common, *parts))


@rate_limited
def paragraph(request, page: ConsultationPage, block_id: str):
    """One paragraph (or, with an empty id, the whole document) with its comments and
    the comment form. `?fragment=1` returns only the comments, for inline display."""
    current = None
    if block_id:
        current = page.paragraph(block_id)
        if current is None:
            return removed_paragraph(request, page, block_id)
    context = {"paragraph": current, **_thread(request, page, block_id)}
    if request.GET.get("fragment"):
        return _render(request, page, "beteiligung/includes/thread.html", **context)

    template = "beteiligung/paragraph.html"
    form = None
    if page.is_open:
        form = CommentForm(request.POST or None, privacy_url=privacy_notice_url(request))
    if request.method == "POST":
        if form is None:
            return _closed_response(request, page, template, **context)
        if form.is_valid():
            services.submit_contribution(
                page=page, paragraph=current, data=form.cleaned_data, request=request
            )
            return redirect(page.url + page.reverse_subpage("sent_view", args=["comment"]))
        return _render(request, page, template, HTTPStatus.BAD_REQUEST, form=form, **context)
    return _render(request, page, template, form=form, **context)


def _cycle(page: ConsultationPage) -> dict:
    """The versions and the timeline, for the pages that show where the cycle stands."""
    versions = cycle.versions_of(page)
    return {"versions": versions, "timeline": cycle.timeline(page, versions)}


def _thread(request, page: ConsultationPage, block_id: str) -> dict:
    """Published comments with their replies, each knowing whether the wording it was
    written on has changed since, and which changes answer it. Read only where the
    rendered thread is not cached: it is cached until a contribution of the consultation
    is published, hidden, answered, agreed with or linked to a change (which renews the
    counts), and per revision of the page (comments on an earlier wording)."""

    def read() -> list:
        thread = list(services.published_thread(page, block_id))
        everyone = [*thread, *(reply for c in thread for reply in c.published_replies)]
        cycle.earlier_wordings(page, everyone)
        return thread

    __, counted_at = services.cached_counts(page)
    version = _version(request, page, block_id, counted_at, page.live_revision_id)
    return {"thread": SimpleLazyObject(read), "thread_version": version}


def removed_paragraph(request, page: ConsultationPage, block_id: str):
    """A paragraph a later version removed: its comments do not vanish; they are shown
    under the wording they were written on, marked as removed."""
    removed = cycle.removed_paragraph(page, block_id)
    if removed is None:
        raise Http404(_("This paragraph does not exist (any more)."))
    thread = _thread(request, page, block_id)
    return _render(request, page, "beteiligung/removed_paragraph.html", removed=removed, **thread)


def _published_or_404(page: ConsultationPage, contribution_id: int):
    contribution = services.find_published(page, contribution_id)
    if contribution is None:
        raise Http404(_("This contribution does not exist or is not public."))
    return contribution


@rate_limited
def reply(request, page: ConsultationPage, contribution_id: int):
    parent = _published_or_404(page, contribution_id)
    if parent.parent_id:
        raise Http404(_("Replies can only be given to comments, not to other replies."))
    template = "beteiligung/reply.html"
    if not page.is_open:
        if request.method == "POST":
            return _closed_response(request, page, template, parent=parent)
        return _render(request, page, template, parent=parent)
    form = ReplyForm(request.POST or None, privacy_url=privacy_notice_url(request))
    if request.method == "POST":
        if form.is_valid():
            services.submit_contribution(
                page=page,
                paragraph=page.paragraph(parent.block_id),
                data=form.cleaned_data,
                request=request,
                parent=parent,
            )
            return redirect(page.url + page.reverse_subpage("sent_view", args=["reply"]))
        return _render(request, page, template, HTTPStatus.BAD_REQUEST, parent=parent, form=form)
    return _render(request, page, template, parent=parent, form=form)


@rate_limited
def support(request, page: ConsultationPage, contribution_id: int):
    contribution = _published_or_404(page, contribution_id)
    template = "beteiligung/support.html"
    form = SupportForm(request.POST or None, privacy_url=privacy_notice_url(request))
    if request.method == "POST":
        if page.phase != Phase.OPEN:
            return _closed_response(request, page, template, contribution=contribution)
        if form.is_valid():
            services.request_support(
                contribution=contribution,
                email=form.cleaned_data["email"],
                page=page,
                request=request,
            )
            return redirect(page.url + page.reverse_subpage("sent_view", args=["support"]))
        return _render(
            request, page, template, HTTPStatus.BAD_REQUEST, contribution=contribution, form=form
        )
    return _render(request, page, template, contribution=contribution, form=form)


@rate_limited
def report(request, page: ConsultationPage, contribution_id: int):
    contribution = _published_or_404(page, contribution_id)
    template = "beteiligung/report.html"
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            services.report_contribution(
                contribution=contribution, reason=form.cleaned_data["reason"], request=request
            )
            return redirect(page.url + page.reverse_subpage("sent_view", args=["report"]))
        return _render(
            request, page, template, HTTPStatus.BAD_REQUEST, contribution=contribution, form=form
        )
    return _render(request, page, template, contribution=contribution, form=form)


def sent(request, page: ConsultationPage, what: str):
    if what not in SENT_MESSAGES:
        raise Http404
    return _render(request, page, "beteiligung/sent.html", what=what)


@rate_limited(links=True)
def confirm(request, page):
    """Opening the link shows a button; only the POST confirms (mail scanners open links).
    Serves consultation and feedback pages alike."""
    template = "beteiligung/confirm.html"
    try:
        value = services.CONFIRMATION.read(request.GET.get("token", ""))
        kind, pk = value["kind"], int(value["id"])
        if kind not in ("contribution", "support"):
            raise ValueError(kind)
    except LinkError as problem:
        problem = "expired" if problem.expired else "invalid"
        return _private(request, page, template, HTTPStatus.BAD_REQUEST, problem=problem)
    except (KeyError, TypeError, ValueError):
        return _private(request, page, template, HTTPStatus.BAD_REQUEST, problem="invalid")

    if request.method != "POST":
        return _private(request, page, template, kind=kind, form=ConfirmForm())
    if kind == "support":
        confirmed = services.confirm_support(pk)
    else:
        confirmed = services.confirm_contribution(pk)
    if confirmed is None:
        # Deleted in the meantime (expired, or removed by a moderator).
        return _private(request, page, template, HTTPStatus.GONE, problem="gone")
    return _private(request, page, template, kind=kind, confirmed=confirmed)


def _private(request, page, template: str, status: int = HTTPStatus.OK, **context):
    """A page behind a personal link: never cached, never indexed."""
    return render_subpage(request, page, template, context, status, private=True)


# The revision cycle ----------------------------------------------------------------


def version(request, page: ConsultationPage, number: int):
    """One frozen version of the document, in the visitor's language where it had one."""
    versions = cycle.versions_of(page)
    shown = next((v for v in versions if v.number == number), None)
    if shown is None:
        raise Http404(_("This version does not exist."))
    language = cycle.compared_language(shown, shown, translation.get_language())
    return _render(
        request,
        page,
        "beteiligung/version.html",
        version=shown,
        versions=versions,
        # Rendered only where the document's fragment is not cached (a frozen version
        # does not change; links in it follow the pages, hence the generation).
        blocks=SimpleLazyObject(
            lambda: cycle.render_blocks(cycle.comparison.number_blocks(shown.document(language)))
        ),
        document_version=_version(request, page, shown.pk, language),
        language=language,
    )


def compare(request, page: ConsultationPage):
    """Two versions side by side, paragraph by paragraph (`?from=1&to=2`, by default the
    last two), with the contributions that led to each change."""
    context = _cycle(page)
    versions = context["versions"]
    numbers = {v.number: v for v in versions}
    if len(versions) < 2:
        return _render(request, page, "beteiligung/compare.html", **context)
    try:
        old = numbers[int(request.GET.get("from", versions[-2].number))]
        new = numbers[int(request.GET.get("to", versions[-1].number))]
    except (KeyError, ValueError):
        context["error"] = _("There is no such version. Please choose from the list.")
        return _render(request, page, "beteiligung/compare.html", HTTPStatus.BAD_REQUEST, **context)
    context["chosen"] = (old.number, new.number)
    # Computed only where the rendered comparison is not cached: it changes when a page
    # does (the generation) or a contribution it lists (the counts' time).
    context["comparison"] = SimpleLazyObject(
        lambda: cycle.compare_versions(page, old, new, translation.get_language())
    )
    context["comparison_version"] = _version(
        request, page, services.cached_counts(page)[1], old.number, new.number
    )
    return _render(request, page, "beteiligung/compare.html", **context)


def cycle_report(request, page: ConsultationPage):
    """The report on the cycle: what was consulted and when, who took part, what became of
    the contributions and what changed because of them. Built from the data, where the
    rendered figures and changes are not cached (they change with a page or with a
    contribution, like the results)."""
    return _render(
        request,
        page,
        "beteiligung/cycle_report.html",
        **_report_context(page, lazy=True),
        report_version=_version(request, page, services.cached_counts(page)[1]),
    )


def _open_data(page: ConsultationPage) -> dict:
    """Where the open data API offers this consultation's data as CSV files (it knows a
    consultation by its page in the default language)."""
    original = caching.cached(None, "original", page.pk, compute=lambda: cycle.original(page).pk)
    csv = "?format=csv"
    return {
        "contributions": f"{reverse('open_data:list_contributions')}{csv}&consultation={original}",
        "changes": f"{reverse('open_data:list_changes', args=[original])}{csv}",
        "results": reverse("open_data:get_results", args=[original]),
        "docs": reverse("open_data_docs"),
        "licence": open_data.licence(),
    }


def _report_context(page: ConsultationPage, lazy: bool = False) -> dict:
    """What the report shows; `lazy`: figures and changes are worked out only when used."""
    context = _cycle(page)
    language = translation.get_language()

    def figures():
        return consultation_results.figures(page)

    def changes():
        return cycle.report_changes(page, context["versions"], language)

    if lazy:
        return {
            **context,
            "open_data": _open_data(page),
            "figures": SimpleLazyObject(figures),
            "changes": SimpleLazyObject(changes),
        }
    return {**context, "open_data": _open_data(page), "figures": figures(), "changes": changes()}


def report_download(request, page: ConsultationPage, kind: str):
    """The report's tables as a CSV or XLSX file."""
    if kind not in ("csv", "xlsx"):
        raise Http404
    context = _report_context(page)
    content, content_type = cycle.report_file(page, context, kind)
    response = HttpResponse(content, content_type=content_type)
    filename = f"{page.slug}-report.{kind}"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


RESULTS_PER_PAGE = 25


def results(request, page: ConsultationPage):
    """The consultation's results: its contributions in figures, then what became of them,
    filtered by status and field of action through a plain GET form. The figures are
    cached until a contribution changes (which renews the counts) or a page or topic
    does (the generation in `_version`)."""
    __, counted_at = services.cached_counts(page)
    figures_version = _version(request, page, counted_at)
    figures = caching.cached(
        request,
        "results-figures",
        figures_version,
        compute=lambda: consultation_results.figures(page),
    )
    topic_choices = [row for row in figures["topic"] if row.key]
    status, topic, error = "", "", ""
    try:
        status, topic = consultation_results.read_filters(
            request.GET, (row.key for row in topic_choices)
        )
    except ValueError:
        error = _("This filter does not exist. Please choose a value from the list.")
    page_obj = _outcomes_page(request, page, counted_at, status, topic, figures["topic_names"])
    return _render(
        request,
        page,
        "beteiligung/results.html",
        HTTPStatus.BAD_REQUEST if error else HTTPStatus.OK,
        **_cycle(page),
        open_data=_open_data(page),
        figures=figures,
        figures_version=figures_version,
        status_choices=consultation_results.ReviewStatus.choices,
        topic_choices=topic_choices,
        chosen_status=status,
        chosen_topic=topic,
        filter_error=error,
        page_obj=page_obj,
    )


def _outcomes_page(request, page, counted_at: int, status: str, topic: str, names: dict):
    """One page of the results list, cached like the figures: it changes only when a
    contribution does (`counted_at`) or a page or topic (the generation)."""
    return caching.cached_page(
        request,
        "results",
        _version(request, page, counted_at, status, topic),
        items=lambda: consultation_results.outcomes(page, status, topic),
        number=request.GET.get("page"),
        per_page=RESULTS_PER_PAGE,
        rows=lambda rows: consultation_results.name_topics(rows, names),
    )


def results_csv(request, page: ConsultationPage):
    """All published contributions as a CSV file, streamed row by row."""
    response = StreamingHttpResponse(
        consultation_results.csv_lines(page, translation.get_language()),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition_header(True, f"{page.slug}-results.csv")
    return response
