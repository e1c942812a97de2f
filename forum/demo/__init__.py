"""Demo content of the Intercultural Forum, built from `forum.demo.texts`.

German pages are created as editors create them; the English versions go through
wagtail-localize (`home.translation.translate_page`). Every step checks first what
exists: loading twice changes nothing.
"""

import datetime
import html

from django.utils import timezone
from wagtail.models import Locale, Page

from home.models import Topic
from home.translation import translate_page

from ..models import TIME_ZONE, ForumAgendaItem, ForumIndexPage, ForumSessionPage, Registration
from . import texts


class Strings:
    """Collects the English twin of every German text the demo pages use."""

    def __init__(self):
        self.entries: dict[str, str] = {}

    def text(self, leaf: dict) -> str:
        german, english = leaf["de"], leaf["en"]
        if german:
            self.entries[german] = english
            # Rich-text segments hold HTML, where these characters arrive escaped.
            self.entries[html.escape(german, quote=False)] = html.escape(english, quote=False)
        return german

    def rich_text(self, leaf: dict) -> str:
        pairs = zip(leaf["de"], leaf["en"], strict=True)
        return "".join(
            f"<p>{html.escape(self.text({'de': de, 'en': en}), quote=False)}</p>"
            for de, en in pairs
        )


def _at(day: datetime.date, clock: str) -> datetime.datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=TIME_ZONE)


def _session_day(spec: dict, today: datetime.date) -> datetime.date:
    if "date" in spec:
        return datetime.date.fromisoformat(spec["date"])
    day = today + datetime.timedelta(weeks=spec["weeks_ahead"])
    # Forum sessions take place on Wednesdays.
    return day + datetime.timedelta(days=(2 - day.weekday()) % 7)


def _ensure_index(home: Page, strings: Strings) -> ForumIndexPage:
    spec = texts.INDEX
    slug = strings.text(spec["slug"])
    title = strings.text(spec["title"])
    intro = strings.rich_text(spec["intro"])
    index = ForumIndexPage.objects.child_of(home).filter(slug=slug).first()
    if index is None:
        index = ForumIndexPage(title=title, slug=slug, intro=intro, show_in_menus=True)
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _ensure_session(
    index: ForumIndexPage, spec: dict, strings: Strings, today: datetime.date
) -> ForumSessionPage:
    slug = strings.text(spec["slug"])
    day = _session_day(spec, today)
    place = spec["place"] or {}
    fields = {
        "title": strings.text(spec["title"]),
        "slug": slug,
        "topic": Topic.objects.get(slug=spec["topic"], locale=index.locale),
        "intro": strings.text(spec["intro"]),
        "start": _at(day, spec["start"]),
        "end": _at(day, spec["end"]),
        "venue_name": strings.text(place["venue_name"]) if place else "",
        "venue_address": place.get("venue_address", ""),
        "directions": strings.text(place["directions"]) if place else "",
        "step_free": place.get("step_free", False),
        "hearing_loop": place.get("hearing_loop", False),
        "online_url": f"https://meet.example.org/forum-{slug}" if spec["online"] else "",
        "languages": spec["languages"],
        "interpretation": spec["interpretation"],
        "capacity": spec["capacity"],
        "minutes": strings.rich_text(spec["minutes"]),
        "results": [("result", strings.text(result)) for result in spec["results"]],
    }
    agenda = [
        ForumAgendaItem(
            time=datetime.time.fromisoformat(item["time"]),
            title=strings.text(item["title"]),
            speakers=item["speakers"],
            description=strings.text(item["description"]),
        )
        for item in spec["agenda"]
    ]
    session = ForumSessionPage.objects.child_of(index).filter(slug=slug).first()
    if session is None:
        session = ForumSessionPage(**fields)
        session.agenda_items = agenda
        index.add_child(instance=session)
        session.save_revision().publish()
    return session


def _ensure_registrations(session: ForumSessionPage) -> None:
    """A few confirmed seats, entered as staff would enter them (without sending mail)."""
    if Registration.objects.filter(session=session).exists():
        return
    now = timezone.now()
    for number, person in enumerate(texts.REGISTRATIONS, start=1):
        Registration.objects.create(
            session=session,
            status=Registration.Status.CONFIRMED,
            source=Registration.Source.STAFF,
            sequence=number,
            requested_at=now,
            confirmed_at=now,
            **person,
        )


def load_forum_demo(
    home: Page, locales: dict[str, Locale], today: datetime.date | None = None
) -> ForumIndexPage:
    """The forum index below the German start page, its sessions, and English versions."""
    today = today or timezone.localdate(timezone=TIME_ZONE)
    strings = Strings()
    index = _ensure_index(home, strings)
    sessions = [_ensure_session(index, spec, strings, today) for spec in texts.SESSIONS]
    upcoming = [session for session in sessions if session.end >= timezone.now()]
    if upcoming:
        _ensure_registrations(upcoming[0])

    english = locales["en"]
    for page in [index, *sessions]:
        translation = page.get_translation_or_none(english)
        if translation is None or translation.alias_of_id:
            translate_page(page, english, strings.entries)
    return index
