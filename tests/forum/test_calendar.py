"""Calendar files: a session's `.ics` and the feed of upcoming sessions.

Each file is read twice: by the `icalendar` library and by `parse_strictly` below, a
small independent reader of RFC 5545 text that also works out the UTC offset from the
file's own VTIMEZONE block, so that a wrong time-zone definition cannot pass unnoticed.
"""

import datetime
import zoneinfo
from http import HTTPStatus

import icalendar
import pytest
from django.test import Client
from django.utils import translation

from forum.models import ForumIndexPage, ForumSessionPage
from tests.factories import translate
from tests.forum.factories import ForumSessionPageFactory

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


# An independent reader ------------------------------------------------------------


def unfold(text: str) -> list[str]:
    """Content lines: CRLF-separated, continuation lines start with a space or tab."""
    assert "\r\n" in text, "iCalendar lines end in CRLF"
    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw[:1] in (" ", "\t"):
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def parse_strictly(text: str) -> dict:
    """Components as nested dicts: {"name", "props": [(name, params, value)], "children"}."""
    root = {"name": "ROOT", "props": [], "children": []}
    stack = [root]
    for line in unfold(text):
        head, _, value = line.partition(":")
        name, *raw_params = head.split(";")
        params = dict(param.split("=", 1) for param in raw_params)
        if name == "BEGIN":
            component = {"name": value, "props": [], "children": []}
            stack[-1]["children"].append(component)
            stack.append(component)
        elif name == "END":
            assert stack.pop()["name"] == value, f"unbalanced END:{value}"
        else:
            stack[-1]["props"].append((name, params, value))
    assert len(stack) == 1, "unclosed component"
    [calendar] = root["children"]
    return calendar


def prop(component: dict, name: str) -> tuple[dict, str]:
    [(params, value)] = [(p, v) for n, p, v in component["props"] if n == name]
    return params, value


def local(value: str) -> datetime.datetime:
    return datetime.datetime.strptime(value, "%Y%m%dT%H%M%S")


def offset(value: str) -> datetime.timedelta:
    sign = -1 if value[0] == "-" else 1
    return sign * datetime.timedelta(hours=int(value[1:3]), minutes=int(value[3:5]))


def utc_offset_from_vtimezone(calendar: dict, tzid: str, when: datetime.datetime):
    """The offset the file itself declares for a local time: the latest observance onset
    (DTSTART or RDATE, in the previous offset's local time) at or before `when`."""
    [zone] = [
        c for c in calendar["children"] if c["name"] == "VTIMEZONE" and prop(c, "TZID")[1] == tzid
    ]
    onsets = []
    for observance in zone["children"]:
        starts = [local(prop(observance, "DTSTART")[1])]
        starts += [local(v) for n, _p, v in observance["props"] if n == "RDATE"]
        for start in starts:
            onsets.append((start, offset(prop(observance, "TZOFFSETTO")[1])))
    applicable = [item for item in onsets if item[0] <= when]
    assert applicable, "the VTIMEZONE does not cover the event"
    return max(applicable)[1]


def events(calendar: dict) -> list[dict]:
    return [c for c in calendar["children"] if c["name"] == "VEVENT"]


# Tests -----------------------------------------------------------------------------


@pytest.fixture
def winter_and_summer(forum: ForumIndexPage) -> tuple[ForumSessionPage, ForumSessionPage]:
    year = datetime.date.today().year + 1
    winter = ForumSessionPageFactory(
        parent=forum,
        title="Winter; mit Komma, und Umlaut ä",
        start=datetime.datetime(year, 1, 20, 18, 0, tzinfo=BERLIN),
        end=datetime.datetime(year, 1, 20, 20, 30, tzinfo=BERLIN),
    )
    summer = ForumSessionPageFactory(
        parent=forum,
        title="Sommer",
        start=datetime.datetime(year, 7, 15, 18, 0, tzinfo=BERLIN),
        end=datetime.datetime(year, 7, 15, 20, 30, tzinfo=BERLIN),
        online_url="https://meet.example.org/geheim",
        venue_address="",
    )
    return winter, summer


def test_session_ics_downloads_with_local_times_that_both_parsers_agree_on(
    client: Client, winter_and_summer: tuple[ForumSessionPage, ForumSessionPage]
) -> None:
    for session in winter_and_summer:
        response = client.get(session.url + "calendar/")
        assert response.status_code == HTTPStatus.OK
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert response["Content-Disposition"] == f'attachment; filename="{session.slug}.ics"'
        text = response.content.decode()

        [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
        assert event["SUMMARY"] == session.title
        assert event.decoded("DTSTART") == session.start
        assert event.decoded("DTSTART").astimezone(BERLIN).hour == 18
        assert event.decoded("DTEND") == session.end

        calendar = parse_strictly(text)
        [strict] = events(calendar)
        params, value = prop(strict, "DTSTART")
        assert params == {"TZID": "Europe/Berlin"}
        starts = local(value)
        assert (starts.hour, starts.minute) == (18, 0)
        assert local(prop(strict, "DTEND")[1]).strftime("%H%M") == "2030"
        declared = utc_offset_from_vtimezone(calendar, "Europe/Berlin", starts)
        assert declared == session.start.astimezone(BERLIN).utcoffset()
        assert starts - declared == session.start.astimezone(datetime.UTC).replace(tzinfo=None)


def test_summer_and_winter_sessions_get_their_own_offset(
    client: Client, winter_and_summer: tuple[ForumSessionPage, ForumSessionPage]
) -> None:
    offsets = []
    for session in winter_and_summer:
        calendar = parse_strictly(client.get(session.url + "calendar/").content.decode())
        starts = local(prop(events(calendar)[0], "DTSTART")[1])
        offsets.append(utc_offset_from_vtimezone(calendar, "Europe/Berlin", starts))
    assert offsets == [datetime.timedelta(hours=1), datetime.timedelta(hours=2)]


def test_public_ics_keeps_the_online_link_private(
    client: Client, winter_and_summer: tuple[ForumSessionPage, ForumSessionPage]
) -> None:
    text = client.get(winter_and_summer[1].url + "calendar/").content.decode()
    assert "geheim" not in text


def test_escaped_text_reads_back_unchanged(
    client: Client, winter_and_summer: tuple[ForumSessionPage, ForumSessionPage]
) -> None:
    winter = winter_and_summer[0]
    text = client.get(winter.url + "calendar/").content.decode()
    summary = prop(events(parse_strictly(text))[0], "SUMMARY")[1]
    assert summary == "Winter\\; mit Komma\\, und Umlaut ä"
    assert "Hildesheimer Straße 18\\, 30169 Hannover" in text.replace("\r\n ", "")


def test_feed_lists_upcoming_sessions_in_the_visitors_language(
    client: Client,
    forum: ForumIndexPage,
    winter_and_summer: tuple[ForumSessionPage, ForumSessionPage],
) -> None:
    past = ForumSessionPageFactory(
        parent=forum,
        title="Vorbei",
        start=datetime.datetime(2024, 3, 1, 18, tzinfo=BERLIN),
        end=datetime.datetime(2024, 3, 1, 20, tzinfo=BERLIN),
    )
    translate(winter_and_summer[0], "en", {"Sommer": "Summer"})
    translate(winter_and_summer[1], "en", {"Sommer": "Summer"})
    with translation.override("en"):
        response = client.get("/en/forum/calendar.ics")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert summaries == [winter_and_summer[0].title, "Summer"]
    assert past.title not in response.content.decode()
    assert calendar["X-WR-CALNAME"] == "Intercultural Forum, Hannover Region"
    strict = parse_strictly(response.content.decode())
    assert prop(strict, "REFRESH-INTERVAL")[0] == {"VALUE": "DURATION"}
    assert {prop(event, "UID")[1] for event in events(strict)} == {
        str(event["UID"]) for event in calendar.walk("VEVENT")
    }


def test_event_uid_is_the_same_in_every_language(
    client: Client, winter_and_summer: tuple[ForumSessionPage, ForumSessionPage]
) -> None:
    german = winter_and_summer[1]
    english = translate(german, "en", {"Sommer": "Summer"})
    uids = set()
    for page in (german, english):
        calendar = icalendar.Calendar.from_ical(client.get(page.url + "calendar/").content)
        uids |= {str(event["UID"]) for event in calendar.walk("VEVENT")}
    assert len(uids) == 1
