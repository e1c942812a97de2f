"""Open data: sessions of the Interkulturelles Forum with their results.

What the session page shows, without the online link (only people who registered get it)
and without anything about registrations. Ids are those of the original (German) pages;
results are given in every language the session is translated into."""

import datetime

from django.conf import settings
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from home.open_data import (
    CSV_RESPONSE,
    TOKEN_PATTERN,
    Day,
    OpenDataPagination,
    Rows,
    responses,
    within_days,
)

from .models import ForumSessionPage

router = Router(tags=["forum"])


class Result(Schema):
    id: str = Field(description="Block id: a contribution made from it keeps it.")
    text: dict[str, str] = Field(description="The result by language.")


class Session(Schema):
    id: int
    title: str
    url: str
    start: datetime.datetime
    end: datetime.datetime
    field_of_action: str = Field(description="Slug of the field of action; empty if none.")
    languages: list[str]
    interpretation: list[str]
    venue: str
    online: bool
    results: list[Result]


class SessionFilters(Schema):
    field_of_action: str | None = Field(None, max_length=60, pattern=TOKEN_PATTERN)
    start_from: Day | None = Field(None, description="Sessions on or after this day.")
    start_until: Day | None = Field(None, description="Sessions on or before this day.")


def _rows(request, sessions: list[ForumSessionPage]) -> list[dict]:
    translations: dict = {}
    for page in (
        ForumSessionPage.objects.live()
        .filter(translation_key__in=[s.translation_key for s in sessions], alias_of__isnull=True)
        .select_related("locale")
    ):
        translations.setdefault(page.translation_key, []).append(page)
    rows = []
    for session in sessions:
        texts: dict[str, dict[str, str]] = {}
        for page in translations.get(session.translation_key, [session]):
            for block in page.results:
                texts.setdefault(block.id, {})[page.locale.language_code] = str(block.value)
        rows.append(
            {
                "id": session.pk,
                "title": session.title,
                "url": session.get_full_url(request) or "",
                "start": session.start,
                "end": session.end,
                "field_of_action": session.topic.slug if session.topic else "",
                "languages": list(session.languages),
                "interpretation": list(session.interpretation),
                "venue": session.venue_line(),
                "online": session.is_online,
                "results": [
                    {"id": block.id, "text": texts.get(block.id, {})} for block in session.results
                ],
            }
        )
    return rows


@router.get("/sessions", response=responses(list[Session]), openapi_extra=CSV_RESPONSE)
@paginate(OpenDataPagination)
def list_sessions(request, filters: Query[SessionFilters]):
    """Published forum sessions, oldest first, with their results."""
    sessions = (
        ForumSessionPage.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("topic", "locale")
        .order_by("pk")
    )
    if filters.field_of_action:
        sessions = sessions.filter(topic__slug=filters.field_of_action)
    sessions = sessions.filter(within_days("start", filters.start_from, filters.start_until))
    return Rows(sessions, lambda window: _rows(request, window))
