"""Every `<time datetime>` carries a value HTML accepts: `|date:"c"` would keep the
microseconds of a time stamp, which validators and search engines reject."""

import datetime
import re
import zoneinfo
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from home.models import HomePage
from home.templatetags.seo_tags import datetime_attr
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.forum.factories import ForumSessionPageFactory, add_agenda, make_forum

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
DATE = r"\d{4}-\d{2}-\d{2}"
TIME = r"\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?"
VALID = re.compile(rf"^({DATE}|{TIME}|{DATE}T{TIME}(Z|[+-]\d{{2}}:\d{{2}}))$")


def time_values(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [node.get("datetime", "") for node in soup.find_all("time")]


def test_time_stamps_lose_their_microseconds_and_keep_their_offset() -> None:
    moment = datetime.datetime(2031, 7, 15, 18, 0, 5, 123456, tzinfo=BERLIN)
    with timezone.override(BERLIN):
        assert datetime_attr(moment) == "2031-07-15T18:00:05+02:00"
    assert datetime_attr(datetime.date(2031, 7, 15)) == "2031-07-15"
    assert datetime_attr(datetime.time(18, 30, 0, 5)) == "18:30"
    assert datetime_attr(None) == ""


def test_published_comments_carry_valid_time_stamps(client: Client, home_page: HomePage) -> None:
    consultation = make_consultation(home_page)
    block_id = consultation.paragraphs[1].block_id
    ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        published_at=timezone.now().replace(microsecond=654321),
    )
    response = client.get(f"{consultation.url}paragraph/{block_id}/")
    assert response.status_code == HTTPStatus.OK
    values = time_values(response.text)
    assert values
    assert all(VALID.match(value) for value in values), values


def test_forum_session_and_its_agenda_carry_valid_times(
    client: Client, home_page: HomePage
) -> None:
    start = (timezone.now() + datetime.timedelta(days=14)).replace(microsecond=250000)
    session = ForumSessionPageFactory(parent=make_forum(home_page), start=start)
    add_agenda(session, 2)
    values = time_values(client.get(session.url).text)
    assert len(values) == 3
    assert all(VALID.match(value) for value in values), values
