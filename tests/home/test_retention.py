"""One daily command deletes or forgets personal data once it is no longer needed, with
the clock frozen at `NOW` (the rules take it as `now`):

- unconfirmed contributions, agreements and registrations once their link has expired;
- hashed client addresses after 7 days;
- e-mail addresses of contributions RETENTION_CONTRIBUTION_EMAIL_DAYS after the report on
  their consultation (without a report: after it closed; without a consultation: after
  they were received);
- forum registrations FORUM_RETENTION_DAYS after the session;
- finished task results, records of staff logins, expired sessions."""

import datetime
import io

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from beteiligung.models import Contribution, Report, Support
from forum.models import Registration
from home.models import HomePage
from home.participation.retention import purge_personal_data
from tests.beteiligung.factories import (
    ConsultationPageFactory,
    ContributionFactory,
    make_consultation,
)
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

pytestmark = pytest.mark.django_db
NOW = timezone.now() + datetime.timedelta(days=1000)
DAY = datetime.timedelta(days=1)


def created(instance, when: datetime.datetime, field: str = "created_at"):
    type(instance).objects.filter(pk=instance.pk).update(**{field: when})
    return instance


def exists(instance) -> bool:
    return type(instance).objects.filter(pk=instance.pk).exists()


@pytest.fixture
def stored(home_page: HomePage, settings) -> dict:
    settings.RETENTION_CONTRIBUTION_EMAIL_DAYS = 365
    settings.FORUM_RETENTION_DAYS = 30
    settings.RETENTION_LOGIN_RECORDS_DAYS = 30
    closed_long_ago = make_consultation(home_page, closes_at=NOW - 366 * DAY)
    closed_recently = ConsultationPageFactory(
        parent=closed_long_ago.get_parent(), slug="zweite", closes_at=NOW - 364 * DAY
    )
    unconfirmed = {
        "moderation_status": Contribution.ModerationStatus.UNCONFIRMED,
        "confirmed_at": None,
        "published_at": None,
    }
    data = {
        "expired": created(
            ContributionFactory(consultation=closed_recently, **unconfirmed), NOW - 4 * DAY
        ),
        "fresh": created(
            ContributionFactory(consultation=closed_recently, **unconfirmed), NOW - DAY
        ),
        # Rejected before its author confirmed: still without opt-in.
        "rejected_unconfirmed": created(
            ContributionFactory(
                consultation=closed_recently,
                moderation_status=Contribution.ModerationStatus.REJECTED,
                confirmed_at=None,
                published_at=None,
            ),
            NOW - 4 * DAY,
        ),
        "old_address": ContributionFactory(
            consultation=closed_long_ago, email="ana@example.org", notify_on_answer=True
        ),
        "kept_address": ContributionFactory(consultation=closed_recently, email="bob@example.org"),
        "old_feedback": created(
            ContributionFactory(source=Contribution.Source.FEEDBACK, email="cem@example.org"),
            NOW - 366 * DAY,
        ),
        "old_hash": created(
            ContributionFactory(consultation=closed_recently, ip_hash="abc"), NOW - 8 * DAY
        ),
        "new_hash": created(
            ContributionFactory(consultation=closed_recently, ip_hash="def"), NOW - 6 * DAY
        ),
    }
    data["report"] = created(
        Report.objects.create(contribution=data["kept_address"], reason="x", ip_hash="ghi"),
        NOW - 8 * DAY,
    )
    data["support"] = created(
        Support.objects.create(contribution=data["kept_address"], email_hash="h"), NOW - 4 * DAY
    )
    forum = make_forum(home_page)
    hours = datetime.timedelta(hours=2)
    past = ForumSessionPageFactory(parent=forum, start=NOW - 40 * DAY, end=NOW - 40 * DAY + hours)
    coming = ForumSessionPageFactory(parent=forum, start=NOW + 5 * DAY, end=NOW + 5 * DAY + hours)
    data["past_registration"] = RegistrationFactory(
        session=past, status=Registration.Status.CONFIRMED
    )
    data["pending_registration"] = created(
        RegistrationFactory(session=coming), NOW - 4 * DAY, "requested_at"
    )
    data["registration"] = created(
        RegistrationFactory(session=coming, status=Registration.Status.CONFIRMED),
        NOW - 4 * DAY,
        "requested_at",
    )
    login = {"user_agent": "x", "ip_address": "203.0.113.7", "username": "eva", "http_accept": "*"}
    data["old_login"] = created(
        AccessLog.objects.create(**login, path_info="/"), NOW - 31 * DAY, "attempt_time"
    )
    data["login"] = created(
        AccessLog.objects.create(**login, path_info="/"), NOW - 29 * DAY, "attempt_time"
    )
    data["attempt"] = created(
        AccessAttempt.objects.create(
            **login, path_info="/", get_data="", post_data="", failures_since_start=1
        ),
        NOW - 31 * DAY,
        "attempt_time",
    )
    data["session"] = Session.objects.create(
        session_key="expired", session_data="", expire_date=timezone.now() - DAY
    )
    return data


def test_everything_expires_when_its_time_has_come(stored: dict) -> None:
    report = purge_personal_data(now=NOW)

    for name in ("expired", "rejected_unconfirmed", "support", "pending_registration"):
        assert not exists(stored[name]), name
    assert not exists(stored["past_registration"])
    for name in ("fresh", "kept_address", "registration", "login"):
        assert exists(stored[name]), name
    for name in ("old_login", "attempt", "session"):
        assert not exists(stored[name]), name

    old = Contribution.objects.get(pk=stored["old_address"].pk)
    assert (old.email, old.email_key, old.notify_on_answer) == ("", "", False)
    assert Contribution.objects.get(pk=stored["old_feedback"].pk).email == ""
    assert Contribution.objects.get(pk=stored["kept_address"].pk).email == "bob@example.org"

    hashes = dict(Contribution.objects.values_list("pk", "ip_hash"))
    assert (hashes[stored["old_hash"].pk], hashes[stored["new_hash"].pk]) == ("", "def")
    assert Report.objects.get().ip_hash == ""
    assert report["records of staff logins"] == 2


def test_finished_task_results_are_pruned_where_tasks_are_kept(settings) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.RETENTION_TASK_RESULTS_DAYS = 14
    common = {
        "args_kwargs": {},
        "task_path": "home.tasks.send",
        "backend_name": "default",
        "status": "SUCCESSFUL",
        "queue_name": "default",
        "run_after": timezone.now(),
    }
    old = DBTaskResult.objects.create(**common, finished_at=timezone.now() - 15 * DAY)
    new = DBTaskResult.objects.create(**common, finished_at=timezone.now() - 13 * DAY)
    assert purge_personal_data()["finished task results"] == 1
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [new.pk]
    assert old.pk != new.pk


@pytest.mark.parametrize(
    "command", ["purge_personal_data", "purge_unconfirmed", "purge_forum_registrations"]
)
def test_one_command_and_its_old_names_run_every_rule(home_page: HomePage, command: str) -> None:
    """The commands read the real clock."""
    expired = created(
        ContributionFactory(
            moderation_status=Contribution.ModerationStatus.UNCONFIRMED,
            confirmed_at=None,
            published_at=None,
        ),
        timezone.now() - 4 * DAY,
    )
    out = io.StringIO()
    call_command(command, stdout=out)
    text = out.getvalue()
    assert "1 unconfirmed contributions and agreements" in text
    assert "0 unconfirmed registrations" in text
    assert "records of staff logins" in text
    assert not exists(expired)


def test_addresses_are_kept_until_a_year_after_the_report(home_page: HomePage, settings) -> None:
    """Counted from the report where the consultation has one: people who commented are told
    what became of their comments until then."""
    settings.RETENTION_CONTRIBUTION_EMAIL_DAYS = 365
    long_closed = make_consultation(home_page, closes_at=NOW - 700 * DAY)
    reported_recently = ContributionFactory(consultation=long_closed, email="ana@example.org")
    type(long_closed).objects.filter(pk=long_closed.pk).update(report_date=(NOW - 100 * DAY).date())
    reported_long_ago = ConsultationPageFactory(
        parent=long_closed.get_parent(),
        slug="alt",
        closes_at=NOW - 700 * DAY,
        report_date=(NOW - 366 * DAY).date(),
    )
    forgotten = ContributionFactory(consultation=reported_long_ago, email="bob@example.org")

    purge_personal_data(now=NOW)

    emails = dict(Contribution.objects.values_list("pk", "email"))
    assert emails == {reported_recently.pk: "ana@example.org", forgotten.pk: ""}
