"""Everything the site stores under one e-mail address, for "My data" (DSGVO Art. 15 access,
Art. 17 erasure, Art. 20 portability).

Home knows neither app, so each app registers a source in its `AppConfig.ready()`
(`register_personal_data(source)`), as page types register their views. A source finds
what it stores under an address (records are found by `email_key`, an "I agree" by
`email_hash`), erases it, and may let the person withdraw one item."""

import datetime
from dataclasses import dataclass, field
from typing import Protocol

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry


@dataclass
class Item:
    """One thing stored about the person, as they see it and as it is exported."""

    #: Unique on the page ("contribution-12"): names the item in a withdraw form.
    key: str
    kind: str
    date: datetime.datetime | None
    status: str
    text: str
    #: Further fields as stored, label → value.
    details: dict[str, str] = field(default_factory=dict)
    #: Where the item is public, if it is.
    url: str = ""
    withdrawable: bool = False


@dataclass
class Section:
    key: str
    title: str
    items: list[Item]
    #: Said on the page whether or not there are items (e.g. what cannot be found).
    note: str = ""


class PersonalDataSource(Protocol):
    def sections(self, email: str) -> list[Section]: ...

    def erase(self, email: str) -> None:
        """Removes the person's data: deletes what nobody else needs, and keeps what
        others' contributions, counts or the review depend on without anything that
        points to the person."""

    def withdraw(self, email: str, key: str) -> bool:
        """Withdraws one item of the person's (by `Item.key`); False if it is not theirs
        or cannot be withdrawn."""


_sources: list[PersonalDataSource] = []


def register_personal_data(source: PersonalDataSource) -> None:
    if source not in _sources:
        _sources.append(source)


def sections_for(email: str) -> list[Section]:
    return [section for source in _sources for section in source.sections(email)]


def erase_everything(email: str) -> None:
    for source in _sources:
        source.erase(email)


def withdraw(email: str, key: str) -> bool:
    return any(source.withdraw(email, key) for source in _sources)


def forget_in_history(model, pks, label: str) -> None:
    """Wagtail's history keeps each object's name as it was when something happened (for
    a contribution: the author's name and the start of the text). After erasure, those
    entries keep what happened and when, under `label` instead."""
    pks = [str(pk) for pk in pks]
    if pks:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
            object_id__in=pks,
        ).update(label=label)
