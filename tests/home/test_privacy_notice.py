"""The privacy notice states the retention periods the site keeps: its retention block reads
them from the same rules and settings as `purge_personal_data`, in the visitor's language."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from home.blocks import RetentionPeriodsBlock
from home.models import ContentPage
from home.participation.retention import retention_notice

pytestmark = pytest.mark.django_db


def periods(language: str) -> dict[str, str]:
    block = RetentionPeriodsBlock()
    with translation.override(language):
        table = BeautifulSoup(block.render(block.get_default()), "html.parser")
    return {row.th.get_text(): row.td.get_text() for row in table.select("tbody tr")}


def test_every_retention_rule_has_a_row() -> None:
    rows = periods("en")
    assert len(rows) == len(retention_notice()) == 7
    assert rows["Records of logins to the editing area (address, user name, browser)"] == (
        "30 days after the login"
    )


def test_the_periods_come_from_the_settings(settings) -> None:
    settings.RETENTION_CONTRIBUTION_EMAIL_DAYS = 200
    settings.FORUM_RETENTION_DAYS = 1
    settings.PARTICIPATION_LINK_HOURS = {**settings.PARTICIPATION_LINK_HOURS, "forum.confirm": 48}

    rows = periods("en")

    assert rows["Your e-mail address with a comment, reply or feedback"].startswith(
        "200 days after the report on the consultation was published"
    )
    assert rows["Registrations for the forum: name, e-mail address, organisation, needs"] == (
        "1 day after the session"
    )
    assert rows["Registrations for the forum that were not confirmed"].startswith("48 hours ")


def test_the_periods_are_stated_in_the_visitors_language() -> None:
    german = periods("de")
    assert "Anmeldungen zum Forum, die nicht bestätigt wurden" in german
    assert "30 Tage nach der Sitzung" in german.values()
    arabic = " ".join(periods("ar").values())
    assert "30" in arabic and "day" not in arabic


def test_the_demo_privacy_notice_states_the_periods_of_the_settings(
    client: Client, settings
) -> None:
    call_command("load_demo_content")
    settings.FORUM_RETENTION_DAYS = 45
    privacy = ContentPage.objects.get(slug="datenschutz", locale__language_code="de")

    text = BeautifulSoup(client.get(privacy.url).text, "html.parser").main.get_text(" ")

    assert "45 Tage nach der Sitzung" in text
    assert "72 Stunden" in text and "365 Tage" in text and "7 Tage" in text
    assert "drei Monate" not in text
