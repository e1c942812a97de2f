"""Open data: consultations, their documents and versions, published contributions, the
changes between versions with the contributions behind them, and the results.

Only what the site itself shows publicly leaves here, and less: a contribution is listed
when it is published and not a reply, with its facts but without its text, author, e-mail
or anything from the review (assignee, internal note, moderation reason). Under a change a
linked forum result or letter appears as id, source and status only, as on the comparison
page, never with a name. Ids are those of the German pages; lists are ordered by id."""

import datetime
from typing import Literal

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.html import strip_tags
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate

from home.models import Topic
from home.open_data import (
    CSV_RESPONSE,
    MAX_ID,
    TOKEN_PATTERN,
    Day,
    Meta,
    OpenDataPagination,
    Rows,
    meta,
    responses,
    within_days,
)

from . import comparison, cycle, results
from .models import ConsultationPage, Contribution

router = Router(tags=["consultations"])

Language = Literal[tuple(code for code, _name in settings.LANGUAGES)]
ReviewStatus = Literal[tuple(Contribution.ReviewStatus.values)]
Source = Literal[tuple(Contribution.Source.values)]
Id = Path(..., ge=1, le=MAX_ID, description="The id of the consultation (its German page).")


# Schemas -------------------------------------------------------------------------------


class Version(Schema):
    number: int
    name: str
    step: str
    date: datetime.date
    note: str
    languages: list[str]


class Consultation(Schema):
    id: int
    title: str
    url: str
    languages: list[str] = Field(description="Languages the document is translated into.")
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    phase: str
    report_date: datetime.date | None
    versions: list[Version]


class Block(Schema):
    id: str = Field(description="The block id: the stable anchor contributions hang on.")
    kind: str = Field(description="chapter, paragraph, goal or measure")
    number: str
    chapter_id: str
    text: dict[str, str] = Field(description="Plain text (a chapter's title) by language.")
    summary: dict[str, str] = Field(description="A chapter's summary by language.")


class ConsultationDetail(Schema):
    meta: Meta
    consultation: Consultation
    document: list[Block]


class PublishedContribution(Schema):
    id: int
    consultation: int | None = Field(description="The consultation's id (its German page).")
    forum_session: int | None
    paragraph: str = Field(description="Block id; empty for the whole document.")
    paragraph_number: str = Field(description="The paragraph's number now; empty if removed.")
    paragraph_number_then: str = Field(description="Its number when the contribution came.")
    source: str
    language: str
    field_of_action: str = Field(description="Slug of the field of action; empty if none.")
    created: datetime.datetime
    review_status: str
    public_answer: str
    answered: datetime.datetime | None


class LinkedContribution(Schema):
    id: int
    source: str
    review_status: str


class Change(Schema):
    from_version: int
    to_version: int
    language: str = Field(description="The language compared (German where one lacks it).")
    paragraph: str
    kind: str
    number: str = Field(description="The number in the newer version (older if removed).")
    status: Literal["inserted", "removed", "changed", "unchanged"]
    moved: bool
    split_from: str = Field(description="Block id the paragraph was split off; or empty.")
    merged_into: str = Field(description="Block id a removed paragraph went into; or empty.")
    old_text: str
    new_text: str
    contributions: list[LinkedContribution]


class Count(Schema):
    key: str
    count: int
    share: int = Field(description="Per cent of all published contributions.")


class Results(Schema):
    meta: Meta
    consultation: int
    total: int
    by_status: list[Count]
    by_source: list[Count]
    by_language: list[Count]
    by_field_of_action: list[Count] = Field(description="Keys are slugs; empty: none given.")


# Reading -------------------------------------------------------------------------------


def _consultations():
    return (
        ConsultationPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("pk")
    )


def _translations(page: ConsultationPage) -> dict[str, ConsultationPage]:
    """Every live, translated (not aliased) language version, by language code."""
    found = (
        ConsultationPage.objects.live()
        .filter(translation_key=page.translation_key, alias_of__isnull=True)
        .select_related("locale")
        .order_by("pk")
    )
    return {version.locale.language_code: version for version in found}


def _consultation(request, page: ConsultationPage, languages: list[str]) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request) or "",
        "languages": languages,
        "opens_at": page.opens_at,
        "closes_at": page.closes_at,
        "phase": str(page.phase.value),
        "report_date": page.report_date,
        "versions": [
            {
                "number": version.number,
                "name": version.name,
                "step": version.step,
                "date": version.date,
                "note": version.note,
                "languages": version.languages,
            }
            for version in cycle.versions_of(page)
        ],
    }


def _plain(value) -> str:
    if isinstance(value, dict):
        return value.get("title", "")
    return " ".join(strip_tags(str(value or "")).split())


def _document(translations: dict[str, ConsultationPage]) -> list[dict]:
    """The blocks of the German document in order, with their text in every language."""
    by_language = {
        code: {block.block_id: block for block in comparison.number_blocks(page.document.raw_data)}
        for code, page in translations.items()
    }
    german = translations.get(settings.LANGUAGE_CODE) or next(iter(translations.values()))
    return [
        {
            "id": block.block_id,
            "kind": block.kind,
            "number": block.number,
            "chapter_id": block.chapter_id,
            "text": {
                code: _plain(blocks[block.block_id].value)
                for code, blocks in by_language.items()
                if block.block_id in blocks
            },
            "summary": {
                code: blocks[block.block_id].value.get("summary", "")
                for code, blocks in by_language.items()
                if block.is_chapter and block.block_id in blocks
            },
        }
        for block in comparison.number_blocks(german.document.raw_data)
    ]


def _published():
    """Published top-level contributions: what the results count."""
    return (
        Contribution.objects.published()
        .filter(parent=None)
        .select_related("topic", "consultation")
        .order_by("pk")
    )


def _contribution_rows(contributions: list[Contribution]) -> list[dict]:
    """Contributions as rows, their consultations and current numbers read once per page."""
    keys = {c.consultation.translation_key for c in contributions if c.consultation}
    originals = {
        page.translation_key: page
        for page in ConsultationPage.objects.filter(
            translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE
        )
    }
    rows = []
    for contribution in contributions:
        page = contribution.consultation
        original = originals.get(page.translation_key, page) if page else None
        numbers = original.paragraph_numbers if original else {}
        rows.append(
            {
                "id": contribution.pk,
                "consultation": original.pk if original else None,
                "forum_session": contribution.forum_session_id,
                "paragraph": contribution.block_id,
                "paragraph_number": numbers.get(contribution.block_id, ""),
                "paragraph_number_then": contribution.paragraph_number,
                "source": contribution.source,
                "language": contribution.language,
                "field_of_action": contribution.topic.slug if contribution.topic else "",
                "created": contribution.created_at,
                "review_status": contribution.review_status,
                "public_answer": contribution.public_answer,
                "answered": contribution.answered_at if contribution.public_answer else None,
            }
        )
    return rows


def _text(block) -> str:
    return " ".join(token.word for token in block.tokens) if block else ""


def _changes(page: ConsultationPage, language: str) -> list[dict]:
    """Every change between consecutive versions, with the contributions behind it."""
    versions = cycle.versions_of(page)
    rows = []
    for old, new in zip(versions, versions[1:], strict=False):
        with translation.override(settings.LANGUAGE_CODE):
            compared = cycle.compare_versions(page, old, new, language)
        for shown in compared.changes:
            change = shown.change
            rows.append(
                {
                    "from_version": old.number,
                    "to_version": new.number,
                    "language": compared.language,
                    "paragraph": change.block_id,
                    "kind": change.block.kind,
                    "number": change.block.number,
                    "status": change.status,
                    "moved": change.moved,
                    "split_from": change.split_from.block_id if change.split_from else "",
                    "merged_into": change.merged_into.block_id if change.merged_into else "",
                    "old_text": _text(change.old),
                    "new_text": _text(change.new),
                    "contributions": [
                        {"id": c.pk, "source": c.source, "review_status": c.review_status}
                        for c in shown.contributions
                    ],
                }
            )
    return rows


def _counts(rows: list[results.Row], keys: dict[str, str] | None = None) -> list[dict]:
    keys = keys or {}
    return [
        {"key": keys.get(row.key, row.key), "count": row.count, "share": row.share} for row in rows
    ]


# Operations -----------------------------------------------------------------------------


@router.get("/consultations", response=responses(list[Consultation]), openapi_extra=CSV_RESPONSE)
@paginate(OpenDataPagination)
def list_consultations(request):
    """Every published consultation with its phase and versions."""

    def build(pages: list[ConsultationPage]) -> list[dict]:
        return [
            _consultation(request, page, list(_translations(page)) or [page.locale.language_code])
            for page in pages
        ]

    return Rows(_consultations().select_related("locale"), build)


@router.get("/consultations/{id}", response=responses(ConsultationDetail, can_be_missing=True))
def get_consultation(request, id: int = Id):
    """One consultation with its document: chapters and paragraphs with their ids, numbers
    and text in every language it is translated into."""
    page = get_object_or_404(_consultations(), pk=id)
    translations = _translations(page) or {page.locale.language_code: page}
    return {
        "meta": meta(request),
        "consultation": _consultation(request, page, list(translations)),
        "document": _document(translations),
    }


class ContributionFilters(Schema):
    consultation: int | None = Field(None, ge=1, le=MAX_ID, description="Consultation id.")
    paragraph: str | None = Field(None, max_length=64, pattern=TOKEN_PATTERN)
    status: ReviewStatus | None = None
    source: Source | None = None
    language: Language | None = None
    field_of_action: str | None = Field(None, max_length=60, pattern=TOKEN_PATTERN)
    created_from: Day | None = Field(None, description="On or after this day.")
    created_until: Day | None = Field(None, description="On or before this day.")


@router.get(
    "/contributions", response=responses(list[PublishedContribution]), openapi_extra=CSV_RESPONSE
)
@paginate(OpenDataPagination)
def list_contributions(request, filters: Query[ContributionFilters]):
    """Published contributions (not replies), oldest first. Their text stays on the site."""
    contributions = _published()
    if filters.consultation:
        page = ConsultationPage.objects.filter(pk=filters.consultation).first()
        key = page.translation_key if page else None
        contributions = contributions.filter(consultation__translation_key=key)
    if filters.paragraph:
        contributions = contributions.filter(block_id=filters.paragraph)
    if filters.status:
        contributions = contributions.filter(review_status=filters.status)
    if filters.source:
        contributions = contributions.filter(source=filters.source)
    if filters.language:
        contributions = contributions.filter(language=filters.language)
    if filters.field_of_action:
        contributions = contributions.filter(topic__slug=filters.field_of_action)
    contributions = contributions.filter(
        within_days("created_at", filters.created_from, filters.created_until)
    )
    return Rows(contributions, _contribution_rows)


@router.get(
    "/consultations/{id}/changes",
    response=responses(list[Change], can_be_missing=True),
    openapi_extra=CSV_RESPONSE,
)
@paginate(OpenDataPagination)
def list_changes(
    request,
    id: int = Id,
    language: Language = settings.LANGUAGE_CODE,
    paragraph: str | None = Query(None, max_length=64, pattern=TOKEN_PATTERN),
):
    """The changes between each version and the one before, paragraph by paragraph, each
    with the contributions that led to it."""
    page = get_object_or_404(_consultations(), pk=id)
    changes = _changes(page, language)
    if paragraph:
        changes = [change for change in changes if change["paragraph"] == paragraph]
    return Rows(changes, lambda window: window)


@router.get("/consultations/{id}/results", response=responses(Results, can_be_missing=True))
def get_results(request, id: int = Id):
    """The published contributions counted by status, source, language and field of
    action, as on the results page."""
    page = get_object_or_404(_consultations(), pk=id)
    with translation.override(settings.LANGUAGE_CODE):
        figures = results.figures(page)
    slugs = dict(
        Topic.objects.filter(translation_key__in=[row.key for row in figures["topic"] if row.key])
        .values_list("translation_key", "slug")
        .distinct()
    )
    return {
        "meta": meta(request),
        "consultation": page.pk,
        "total": figures["total"],
        "by_status": _counts(figures["status"]),
        "by_source": _counts(figures["source"]),
        "by_language": _counts(figures["language"]),
        "by_field_of_action": _counts(
            figures["topic"], {str(key): slug for key, slug in slugs.items()}
        ),
    }
