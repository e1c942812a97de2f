"""The revision cycle: freezing versions of a consultation document, comparing them, linking
contributions to the changes they caused, the timeline and the report.

Every function takes the page; views and the admin call them. Query counts stay constant
however long the document and however many contributions: versions, links and
contributions are each read in one query."""

import csv
import datetime
import io
import json
from dataclasses import dataclass, field

import openpyxl
from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from wagtail.log_actions import log
from wagtail.models import Revision
from wagtail.rich_text import expand_db_html

from home import caching
from home.exports import spreadsheet_text

from . import comparison
from .models import ChangeLink, ConceptVersion, ConsultationPage, Contribution, Phase

Step = ConceptVersion.Step
#: Contributions that count as public under a change: published ones, and what reached us
#: without being published as such (forum results, letters), shown without personal data.
SHOWN_UNDER_CHANGES = Q(moderation_status=Contribution.ModerationStatus.PUBLISHED) | Q(
    source__in=[Contribution.Source.FORUM_RESULT, Contribution.Source.OFFLINE]
)


def original(page: ConsultationPage) -> ConsultationPage:
    """The language version that carries the versions: the one in the default language."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    return (
        ConsultationPage.objects.filter(
            translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or page
    )


def versions_of(page: ConsultationPage) -> list[ConceptVersion]:
    """The consultation's versions, oldest first, from the cache: a version frozen,
    changed or deleted starts a new generation (`BeteiligungConfig.ready`)."""

    def read() -> list[ConceptVersion]:
        versions = ConceptVersion.objects.filter(consultation__translation_key=page.translation_key)
        return list(versions.order_by("number"))

    return caching.cached(None, "versions", page.translation_key, compute=read)


# Editors ---------------------------------------------------------------------------


def freeze_version(
    page: ConsultationPage, *, name: str, step: str, date: datetime.date, note: str = "", user=None
) -> ConceptVersion:
    """Copies the live document in every language it has been translated into (pages
    that only show the German text are left out) as the next version."""
    translations = ConsultationPage.objects.live().filter(
        translation_key=page.translation_key, alias_of__isnull=True
    )
    documents = {
        version.locale.language_code: {
            "title": version.title,
            "document": version.document.get_prep_value(),
        }
        for version in translations.select_related("locale")
    }
    with transaction.atomic():
        source = original(page)
        last = ConceptVersion.objects.filter(consultation=source).aggregate(last=Max("number"))
        version = ConceptVersion.objects.create(
            consultation=source,
            number=(last["last"] or 0) + 1,
            name=name,
            step=step,
            date=date,
            note=note,
            documents=documents,
            created_by=user,
        )
        log(source, "beteiligung.freeze_version", user=user, data={"version": version.number})
    return version


# Comparing ---------------------------------------------------------------------------


@dataclass
class ShownChange:
    """A change as the comparison page shows it, with the contributions behind it."""

    change: comparison.Change
    html: str = ""
    contributions: list[Contribution] = field(default_factory=list)


@dataclass
class Comparison:
    old: ConceptVersion
    new: ConceptVersion
    language: str
    #: Set when a version lacks the visitor's language: the language compared instead.
    missing_in: list[ConceptVersion]
    changes: list[ShownChange]
    unchanged: int


def compared_language(old: ConceptVersion, new: ConceptVersion, wanted: str) -> str:
    if wanted in old.documents and wanted in new.documents:
        return wanted
    return settings.LANGUAGE_CODE


def compare_versions(
    page: ConsultationPage, old: ConceptVersion, new: ConceptVersion, language: str
) -> Comparison:
    """The changes from `old` to `new` in `language` where both versions have it, else in
    German (and says so), each with the contributions linked to it in `new` or in any
    version between the two."""
    used = compared_language(old, new, language)
    changes = [
        change
        for change in comparison.compare(old.document(used), new.document(used))
        if change.is_change
    ]
    unchanged = len(comparison.number_blocks(new.document(used))) - sum(
        1 for change in changes if change.new is not None
    )
    linked = _linked_contributions(page, old.number, new.number)
    shown = [
        ShownChange(change, contributions=linked.get(change.block_id, [])) for change in changes
    ]
    _render_changes(shown)
    missing = [version for version in (old, new) if language not in version.documents]
    return Comparison(old, new, used, missing, shown, unchanged)


def _linked_contributions(page, after: int, until: int) -> dict[str, list[Contribution]]:
    """Contributions linked to changes of versions after `after` up to `until`, by block id:
    one query."""
    links = (
        ChangeLink.objects.filter(
            version__consultation__translation_key=page.translation_key,
            version__number__gt=after,
            version__number__lte=until,
        )
        .filter(contribution__in=Contribution.objects.filter(SHOWN_UNDER_CHANGES))
        .select_related("contribution")
        .order_by("contribution__created_at", "contribution_id")
    )
    found: dict[str, list[Contribution]] = {}
    for link in links:
        listed = found.setdefault(link.block_id, [])
        if link.contribution not in listed:
            listed.append(link.contribution)
    return found


def _render_changes(shown: list[ShownChange]) -> None:
    """Word-level HTML of every change, internal links expanded in one pass for all (a
    link's page is looked up once for the whole document, not once per paragraph)."""
    inserted, removed = _("inserted"), _("removed")
    parts = []
    for item in shown:
        change = item.change
        # Inserted, removed and moved blocks are all words of one kind against nothing
        # (or against themselves); a changed block has its runs already.
        old = list(change.old.tokens) if change.old else []
        new = list(change.new.tokens) if change.new else []
        runs = change.runs or comparison.word_runs(old, new)
        parts.append(comparison.runs_html(runs, inserted, removed))
    for item, html in zip(shown, _expand_each(parts), strict=True):
        item.html = html


def _expand_each(parts: list[str]) -> list[str]:
    """Wagtail's stored rich text of many parts made into HTML in one pass: a linked page
    is looked up once for the whole document, not once per paragraph."""
    if not parts:
        return []
    separator = "<!--part-->"
    return expand_db_html(separator.join(parts)).split(separator)


# Contributions and their wording ---------------------------------------------------------


def record_context(page: ConsultationPage) -> dict:
    """What a new contribution on `page` records: the latest version and the live revision
    whose wording it is written on."""
    latest = (
        ConceptVersion.objects.filter(consultation__translation_key=page.translation_key)
        .order_by("-number")
        .first()
    )
    return {"version": latest, "revision_id": page.live_revision_id}


def earlier_wordings(page: ConsultationPage, contributions: list[Contribution]) -> None:
    """Sets `earlier_wording` (plain text) on each contribution written on a wording of its
    paragraph that has changed since; one query for all the revisions involved."""
    revision_ids = {c.revision_id for c in contributions if c.revision_id}
    revision_ids.discard(page.live_revision_id)
    documents = {
        revision.pk: _revision_blocks(revision)
        for revision in Revision.objects.filter(pk__in=revision_ids)
    }
    current = _blocks(page)
    for contribution in contributions:
        then = documents.get(contribution.revision_id, {}).get(contribution.block_id)
        now = current.get(contribution.block_id)
        changed = then is not None and (now is None or then.tokens != now.tokens)
        contribution.earlier_wording = _text(then) if changed else ""


def _blocks(page: ConsultationPage) -> dict[str, comparison.Block]:
    """The page's live document as comparable blocks, by block id."""
    return {b.block_id: b for b in comparison.number_blocks(page.document.get_prep_value())}


def _text(block: comparison.Block | None) -> str:
    return " ".join(token.word for token in block.tokens) if block else ""


def _revision_blocks(revision: Revision) -> dict[str, comparison.Block]:
    """The document of a page revision as comparable blocks, by block id."""
    document = revision.content.get("document") or "[]"
    raw = json.loads(document) if isinstance(document, str) else document
    return {block.block_id: block for block in comparison.number_blocks(raw)}


def wording_for_review(contribution: Contribution) -> dict | None:
    """For the inbox: the wording the contribution was written on and, where it changed
    since, the current wording, as plain text with their numbers."""
    page = contribution.consultation
    if page is None or not contribution.block_id:
        return None
    now = _blocks(page).get(contribution.block_id)
    then = now
    revision = Revision.objects.filter(pk=contribution.revision_id).first()
    if revision is not None:
        then = _revision_blocks(revision).get(contribution.block_id, now)
    return {
        "number_then": contribution.paragraph_number,
        "number_now": now.number if now else "",
        "then": _text(then),
        "now": _text(now),
        "changed": _text(then) != _text(now),
    }


def removed_paragraph(page: ConsultationPage, block_id: str):
    """For a paragraph no longer in the document: its last wording in the visitor's
    language (else German) and the version that removed it, or None if it never was."""
    language = translation.get_language()
    last_with, removed_in = None, None
    for version in versions_of(page):
        blocks = {
            b.block_id: b
            for b in comparison.number_blocks(
                version.document(compared_language(version, version, language))
            )
        }
        if block_id in blocks:
            last_with, removed_in = (version, blocks[block_id]), None
        elif last_with is not None and removed_in is None:
            removed_in = version
    if last_with is None:
        return None
    version, block = last_with
    return {"version": version, "block": block, "removed_in": removed_in}


# Staff ------------------------------------------------------------------------------


def changes_to_link(page: ConsultationPage) -> list[tuple[str, str]]:
    """Every change of every version (against the one before), as choices for the inbox:
    ("<version id>:<block id>", "Version 2, paragraph 4.1 (changed)")."""
    versions = versions_of(page)
    labels = {
        comparison.Change.CHANGED: _("changed"),
        comparison.Change.INSERTED: _("inserted"),
        comparison.Change.REMOVED: _("removed"),
        comparison.Change.UNCHANGED: _("moved"),
    }
    choices = []
    for before, after in zip(versions, versions[1:], strict=False):
        code = settings.LANGUAGE_CODE
        for change in comparison.compare(before.document(code), after.document(code)):
            if change.is_change and not change.block.is_chapter:
                label = _("Version %(version)s, paragraph %(number)s (%(what)s)") % {
                    "version": after.number,
                    "number": change.block.number,
                    "what": labels[change.status],
                }
                choices.append((f"{after.pk}:{change.block_id}", label))
    return choices


def change_url(contribution: Contribution) -> str:
    """Where the author sees the change their contribution led to, listed under it: the
    comparison of the linked version with the one before, at that paragraph."""
    link = contribution.change_links.select_related("version").order_by("version__number").first()
    page = contribution.consultation
    if link is None or page is None:
        return ""
    number = link.version.number
    route = page.reverse_subpage("compare_view")
    query = f"?from={number - 1}&to={number}#change-{link.block_id}"
    return f"{page.get_full_url() or ''}{route}{query}"


def set_change_links(contribution: Contribution, keys: list[str]) -> None:
    """Links the contribution to exactly these changes ("<version id>:<block id>")."""
    wanted = {tuple(key.split(":", 1)) for key in keys}
    current = {
        (str(link.version_id), link.block_id): link for link in contribution.change_links.all()
    }
    for key, link in current.items():
        if key not in wanted:
            link.delete()
    for version_id, block_id in wanted - set(current):
        ChangeLink.objects.create(
            contribution=contribution, version_id=int(version_id), block_id=block_id
        )


def describe_links(contribution: Contribution) -> str:
    """The linked changes as text for the contribution's history: "v2 4.1, v2 4.3"."""
    described = []
    for link in contribution.change_links.select_related("version"):
        blocks = comparison.number_blocks(link.version.document(settings.LANGUAGE_CODE))
        number = next((b.number for b in blocks if b.block_id == link.block_id), "?")
        described.append(f"v{link.version.number} {number}")
    return ", ".join(sorted(described))


def block_ids_in_chapter(number: int) -> set[str]:
    """The ids of the blocks in chapter `number` of any consultation's current document:
    the inbox filters by these, so a reordered document keeps its comments in place."""
    ids = set()
    for page in ConsultationPage.objects.filter(alias_of__isnull=True).only("document"):
        ids.update(p.block_id for p in page.paragraphs if p.number.startswith(f"{number}."))
    return ids


def adopted_without_change():
    """Adopted or partly adopted contributions that no change is linked to yet."""
    adopted = [Contribution.ReviewStatus.ADOPTED, Contribution.ReviewStatus.PARTLY_ADOPTED]
    return Contribution.objects.filter(review_status__in=adopted, change_links__isnull=True)


# Timeline and report -------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineStep:
    key: str
    label: str
    date: datetime.date | None
    done: bool
    version: ConceptVersion | None = None


def timeline(page: ConsultationPage, versions: list[ConceptVersion]) -> list[TimelineStep]:
    """Draft, consultation, evaluation, revision, adoption, report: each with its date and
    what was published at that step. The first three follow the consultation's phases."""
    by_step = {}
    for version in versions:
        by_step.setdefault(version.step, version)
    phase, today = page.phase, timezone.localdate()
    opens, closes = timezone.localdate(page.opens_at), timezone.localdate(page.closes_at)
    draft = by_step.get(Step.DRAFT)
    revision, adoption = by_step.get(Step.REVISION), by_step.get(Step.ADOPTION)
    return [
        TimelineStep("draft", _("Draft"), draft.date if draft else None, True, draft),
        TimelineStep("consultation", _("Consultation"), opens, phase != Phase.UPCOMING),
        TimelineStep(
            "evaluation", _("Evaluation"), closes, phase in (Phase.EVALUATION, Phase.FINISHED)
        ),
        TimelineStep(
            "revision",
            _("Revision"),
            revision.date if revision else None,
            revision is not None and revision.date <= today,
            revision,
        ),
        TimelineStep(
            "adoption",
            _("Adoption"),
            adoption.date if adoption else None,
            adoption is not None and adoption.date <= today,
            adoption,
        ),
        TimelineStep(
            "report",
            pgettext("timeline step", "Report"),
            page.report_date,
            bool(page.report_date and page.report_date <= today),
        ),
    ]


def report_changes(page: ConsultationPage, versions: list[ConceptVersion], language: str):
    """The changes from the first to the last version with the contributions behind them,
    for the report; None while there are fewer than two versions."""
    if len(versions) < 2:
        return None
    return compare_versions(page, versions[0], versions[-1], language)


def render_blocks(blocks: list[comparison.Block]) -> list[tuple[comparison.Block, str]]:
    """Each paragraph of a frozen version with its HTML, internal links expanded once for
    the whole document."""
    sources = [str(block.value) if not block.is_chapter else "" for block in blocks]
    return list(zip(blocks, _expand_each(sources), strict=True))


def report_file(page: ConsultationPage, context: dict, kind: str) -> tuple[bytes, str]:
    """The report's tables, as CSV (one table with a column for the section) or as an
    XLSX workbook (a sheet per section). Cells never start a formula."""
    figures = context["figures"]
    header = [_("Section"), _("Label"), pgettext("count", "Number"), _("Share (%)")]
    rows = [
        [str(caption), row.label, row.count, row.share]
        for caption, key in (
            (_("Status"), "status"),
            (_("Field of action"), "topic"),
            (_("Source"), "source"),
            (_("Language"), "language"),
        )
        for row in figures[key]
    ]
    change_header = [_("Version"), _("Paragraph"), _("Status"), _("Wording"), _("Contributions")]
    change_rows = []
    if context["changes"] is not None:
        compared = context["changes"]
        for item in compared.changes:
            block = item.change.block
            change_rows.append(
                [
                    compared.new.number,
                    block.number,
                    item.change.status,
                    " ".join(token.word for token in block.tokens),
                    ", ".join(str(c.pk) for c in item.contributions),
                ]
            )
    if kind == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for table_header, table in ((header, rows), (change_header, change_rows)):
            writer.writerow(table_header)
            writer.writerows([[spreadsheet_text(value) for value in row] for row in table])
            writer.writerow([])
        return ("\ufeff" + buffer.getvalue()).encode(), "text/csv; charset=utf-8"
    workbook = openpyxl.Workbook()
    figures_sheet = workbook.active
    figures_sheet.title = str(_("Figures"))[:31]
    changes_sheet = workbook.create_sheet(str(_("Changes"))[:31])
    for sheet, table_header, table in (
        (figures_sheet, header, rows),
        (changes_sheet, change_header, change_rows),
    ):
        sheet.append([str(value) for value in table_header])
        for row in table:
            sheet.append([spreadsheet_text(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue(), ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
