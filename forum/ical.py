"""iCalendar files: one session to download or attach to a mail, and a feed of all
upcoming sessions to subscribe to. Built with the `icalendar` library.

Times are written in Europe/Berlin with a VTIMEZONE block, so that calendars show
18:00 for a session at 18:00 in Hannover whichever time zone they are in, across
daylight saving changes.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .models import TIME_ZONE, ForumSessionPage

PRODID = "-//Region Hannover//Intercultural Forum//EN"
#: How often subscribed calendars should fetch the feed again.
FEED_REFRESH_HOURS = 12
FEED_REFRESH = datetime.timedelta(hours=FEED_REFRESH_HOURS)


def _uid(session: ForumSessionPage) -> str:
    """Stable across languages and edits: a calendar updates the event instead of adding a
    second one when a person imports the English and then the German file."""
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"forum-session-{session.translation_key}@{host}"


def session_event(session: ForumSessionPage, *, include_online_url: bool = False) -> Event:
    url = session.get_full_url() or ""
    description = [session.intro] if session.intro else []
    if include_online_url and session.online_url:
        description.append(_("Online: %(url)s") % {"url": session.online_url})
    elif session.online_url:
        description.append(_("You receive the link to take part online with your confirmation."))
    description.append(url)

    event = Event()
    event.add("uid", _uid(session))
    event.add("dtstamp", (session.last_published_at or timezone.now()).astimezone(datetime.UTC))
    event.add("dtstart", timezone.localtime(session.start, TIME_ZONE))
    event.add("dtend", timezone.localtime(session.end, TIME_ZONE))
    event.add("summary", session.title)
    event.add("description", "\n\n".join(description))
    if session.venue_address:
        event.add("location", session.venue_line())
    elif include_online_url:
        event.add("location", session.online_url)
    else:
        event.add("location", _("Online"))
    event.add("url", url)
    event.add("status", "CONFIRMED")
    return event


def _calendar(sessions, name: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", str(TIME_ZONE))
        calendar.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", f"PT{FEED_REFRESH_HOURS}H")
    for _session, event in sessions:
        calendar.add_component(event)
    starts = [timezone.localtime(session.start, TIME_ZONE).date() for session, _event in sessions]
    if starts:
        # Only the daylight saving rules around the sessions: a small file.
        year = datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=min(starts) - year, last_date=max(starts) + year)
    return calendar


def session_calendar(session: ForumSessionPage, *, include_online_url: bool = False) -> Calendar:
    """One session. The online link only goes into the copy mailed to registered people."""
    return _calendar([(session, session_event(session, include_online_url=include_online_url))])


def feed_calendar(sessions: list[ForumSessionPage]) -> Calendar:
    """All upcoming sessions, for calendar subscriptions, in the active language."""
    name = _("Intercultural Forum, Hannover Region")
    return _calendar([(session, session_event(session)) for session in sessions], name)
