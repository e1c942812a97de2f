"""The results of a consultation: its published contributions in figures, the list of what
became of them, and the same data as a CSV file.

What counts: published top-level contributions on any language version of the consultation.
Replies are left out: they discuss a comment rather than make a suggestion of their own, and
counting them would let a lively thread outweigh a single well-argued statement. Every
figure costs one query whatever the number of contributions (`values()` + `Count`)."""

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from home.exports import spreadsheet_text
from home.models import Topic

from .models import ConsultationPage, Contribution

ReviewStatus = Contribution.ReviewStatus


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: what it counts, how many, and their share of all published
    contributions in percent, which is also the length of its bar."""

    key: str
    label: str
    count: int
    share: int
    #: Language code of the label when it is a language's name in itself.
    lang: str = ""


# Reading -----------------------------------------------------------------------


def published(page: ConsultationPage) -> QuerySet[Contribution]:
    """Published top-level contributions on every language version of the consultation;
    a contribution its author withdrew has no text left to count or list."""
    return (
        Contribution.objects.for_consultation(page)
        .published()
        .filter(parent=None, withdrawn_at=None)
    )


def _counts(contributions: QuerySet[Contribution], field: str) -> dict[str, int]:
    rows = contributions.order_by().values(field).annotate(count=Count("id"))
    return {row[field] or "": row["count"] for row in rows}


def _share(count: int, total: int) -> int:
    return round(100 * count / total) if total else 0


def _rows(
    counts: dict[str, int],
    labels: Iterable[tuple[str, str]],
    total: int,
    *,
    keep_empty: bool = False,
    lang: bool = False,
) -> list[Row]:
    """Rows in the order of `labels`; a key missing from `labels` is shown as itself."""
    labels = dict(labels)
    keys = list(labels) + [key for key in counts if key not in labels]
    return [
        Row(
            key,
            str(labels.get(key, key)),
            counts.get(key, 0),
            _share(counts.get(key, 0), total),
            key if lang else "",
        )
        for key in keys
        if keep_empty or counts.get(key)
    ]


def topic_names(keys: Iterable[str], language_code: str | None = None) -> dict[str, str]:
    """Names of topics by translation key, in the given (default: active) language where a
    translation exists, else in the site's default language, else in any. One query."""
    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    preference = {language_code: 0, settings.LANGUAGE_CODE: 1}
    found = Topic.objects.filter(translation_key__in=[key for key in keys if key]).values_list(
        "translation_key", "name", "locale__language_code"
    )
    ranked: dict[str, tuple[int, str]] = {}
    for key, name, code in found:
        rank = preference.get(code, 2)
        if str(key) not in ranked or rank < ranked[str(key)][0]:
            ranked[str(key)] = (rank, name)
    return {key: name for key, (_rank, name) in ranked.items()}


def figures(page: ConsultationPage) -> dict:
    """The published contributions counted by status, field of action, source and language.

    Statuses are all listed, also with none (that nothing was adopted is a result too);
    the other breakdowns list what occurs. Fields of action are grouped across languages
    by their translation key and named in the visitor's language. Five queries.

    Returns `total`, a list of `Row`s for each of `status`, `topic`, `source` and
    `language`, and `topic_names` (translation key to name) for labelling the list."""
    contributions = published(page)
    by_status = _counts(contributions, "review_status")
    total = sum(by_status.values())
    by_topic = _counts(contributions, "topic__translation_key")
    by_topic = {str(key) if key else "": count for key, count in by_topic.items()}
    names = topic_names(by_topic)
    topics = sorted(
        (key for key in by_topic if key),
        key=lambda key: (-by_topic[key], names.get(key, "").casefold()),
    )
    topic_labels = [(key, names.get(key, "?")) for key in topics]
    topic_labels.append(("", _("No field of action given")))
    return {
        "total": total,
        "status": _rows(by_status, ReviewStatus.choices, total, keep_empty=True),
        "topic": _rows(by_topic, topic_labels, total),
        "source": _rows(_counts(contributions, "source"), Contribution.Source.choices, total),
        "language": _rows(_counts(contributions, "language"), settings.LANGUAGES, total, lang=True),
        "topic_names": names,
    }


# What became of the contributions --------------------------------------------------


def read_filters(params, topic_keys: Iterable[str]) -> tuple[str, str]:
    """The status and field of action chosen in the filter form ("" for all).

    Raises ValueError for a value the form does not offer."""
    status = params.get("status", "")
    topic = params.get("topic", "")
    if status and status not in ReviewStatus.values:
        raise ValueError(status)
    if topic and topic not in set(topic_keys):
        raise ValueError(topic)
    return status, topic


def outcomes(page: ConsultationPage, status: str = "", topic: str = "") -> QuerySet[Contribution]:
    """Published contributions with an answer or a status beyond "received", with their
    number of confirmed supports, oldest first."""
    contributions = (
        published(page)
        .filter(~Q(public_answer="") | ~Q(review_status=ReviewStatus.RECEIVED))
        .select_related("topic", "version")
        .with_change_links()
        .annotate(support_count=Count("supports", filter=Q(supports__confirmed_at__isnull=False)))
        .order_by("published_at", "pk")
    )
    if status:
        contributions = contributions.filter(review_status=status)
    if topic:
        contributions = contributions.filter(topic__translation_key=topic)
    return contributions


def name_topics(contributions: Iterable[Contribution], names: dict[str, str]) -> list:
    """Sets `topic_name` on each contribution: its field of action in the visitor's language."""
    contributions = list(contributions)
    for contribution in contributions:
        topic = contribution.topic
        contribution.topic_name = names.get(str(topic.translation_key), topic.name) if topic else ""
    return contributions


# CSV ---------------------------------------------------------------------------------


class _Echo:
    """A file-like object that hands back what is written, for streaming csv.writer's rows."""

    def write(self, value: str) -> str:
        return value


def csv_header() -> list[str]:
    return [
        _("ID"),
        _("Date"),
        _("Paragraph"),
        _("Source"),
        _("Field of action"),
        _("Language"),
        _("Status"),
        _("Text"),
        _("Answer of the administration"),
    ]


def csv_lines(page: ConsultationPage, language_code: str) -> Iterator[str]:
    """All published top-level contributions as CSV lines, read from the database in chunks
    so that memory stays bounded. No e-mail addresses and no names: a private person's
    name is theirs to show beside their words, not to be collected in a file.

    A streamed response is read after the view returned, so the language is passed in."""
    with translation.override(language_code):
        yield from _csv_lines(page, language_code)


def _csv_lines(page: ConsultationPage, language_code: str) -> Iterator[str]:
    keys = published(page).order_by().values_list("topic__translation_key", flat=True)
    names = topic_names((str(key) for key in keys.distinct() if key), language_code)
    languages = dict(settings.LANGUAGES)
    writer = csv.writer(_Echo())
    # A byte order mark: spreadsheet programs then read umlauts and Arabic correctly.
    yield "\ufeff" + writer.writerow(csv_header())
    contributions = published(page).select_related("topic").order_by("published_at", "pk")
    for contribution in contributions.iterator(chunk_size=500):
        topic = contribution.topic
        published_at = contribution.published_at or contribution.created_at
        row = [
            contribution.pk,
            timezone.localdate(published_at).isoformat(),
            contribution.paragraph_number,
            contribution.get_source_display(),
            names.get(str(topic.translation_key), topic.name) if topic else "",
            languages.get(contribution.language, contribution.language),
            contribution.get_review_status_display(),
            contribution.text,
            contribution.public_answer,
        ]
        yield writer.writerow([spreadsheet_text(str(value)) for value in row])
