"""How long personal data is kept, in one place: `manage.py purge_personal_data`, daily.

Each app registers what it deletes or forgets, and after how long, in its
`AppConfig.ready()` (`register_retention(label, purge, data=..., period=...)`; `purge(now)`
returns how many entries it changed). Besides, this deletes what the site keeps around its
apps: finished task results (they hold mail recipients and texts), django-axes' records of
staff logins, and expired sessions.

The same rules say, in the visitor's language, what they delete and when
(`retention_notice()`): the privacy notice shows them through its retention block, so
that it states the periods the settings give and never promises another.

Every rule takes the clock as `now`, so that tests can freeze it. Two come from other
packages and read the real clock: django-tasks-db's `prune_db_task_results` and the session
engine's `clear_expired()`."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

Purge = Callable[[datetime.datetime], int]


@dataclass(frozen=True)
class Retention:
    """One rule of `purge_personal_data`.

    `label` names it in the command's report (for operators, in English); `data` says what
    it deletes, in the visitor's language; `period` says when, a lazy plural message with
    `%(count)d` (`ngettext_lazy(singular, plural, "count")`), and `count()` reads the number
    from the settings each time it is shown."""

    label: str
    purge: Purge
    data: Promise
    period: Promise
    count: Callable[[], int]

    def notice(self) -> tuple[str, str]:
        return str(self.data), self.period % {"count": self.count()}


_rules: list[Retention] = []


def register_retention(label: str, purge: Purge, **notice) -> None:
    """`notice`: the `data`, `period` and `count` of a `Retention`."""
    if all(rule.label != label for rule in _rules):
        _rules.append(Retention(label, purge, **notice))


def retention_notice() -> list[tuple[str, str]]:
    """(what, when it is deleted) for every rule, in the active language."""
    return [rule.notice() for rule in (*_rules, *_SITE_RULES)]


def purge_personal_data(now: datetime.datetime | None = None) -> dict[str, int]:
    """Runs every rule; returns how many entries each deleted or forgot."""
    now = now or timezone.now()
    report = {rule.label: rule.purge(now) for rule in (*_rules, *_SITE_RULES)}
    _clear_expired_sessions()
    return report


def _prune_task_results(now: datetime.datetime) -> int:
    """Through django-tasks-db's own command, when tasks are kept in the database (which
    reads the real clock, not `now`)."""
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    backend = task_backends["default"]
    if not isinstance(backend, DatabaseBackend):
        return 0  # tasks run at once (development, tests): no results are stored
    before = DBTaskResult.objects.count()
    call_command(
        "prune_db_task_results",
        min_age_days=settings.RETENTION_TASK_RESULTS_DAYS,
        queue_name="*",
        verbosity=0,
    )
    return before - DBTaskResult.objects.count()


def _forget_logins(now: datetime.datetime) -> int:
    """django-axes' login records (address, user name, browser) once they are of no more
    use against password guessing; as its `axes_reset_logs` does, with the clock given."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    cutoff = now - datetime.timedelta(days=settings.RETENTION_LOGIN_RECORDS_DAYS)
    return sum(
        model.objects.filter(attempt_time__lt=cutoff).delete()[1].get(model._meta.label, 0)
        for model in (AccessLog, AccessFailureLog, AccessAttempt)
    )


def _clear_expired_sessions() -> None:
    """As `manage.py clearsessions`, for whichever session engine is configured."""
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore.clear_expired()


#: What the site keeps besides its apps' data, purged and stated after the apps' rules.
_SITE_RULES = (
    Retention(
        "finished task results",
        _prune_task_results,
        data=_("Copies of the e-mails we sent you, kept in case sending has to be repeated"),
        period=ngettext_lazy(
            "%(count)d day after sending", "%(count)d days after sending", "count"
        ),
        count=lambda: settings.RETENTION_TASK_RESULTS_DAYS,
    ),
    Retention(
        "records of staff logins",
        _forget_logins,
        data=_("Records of logins to the editing area (address, user name, browser)"),
        period=ngettext_lazy(
            "%(count)d day after the login", "%(count)d days after the login", "count"
        ),
        count=lambda: settings.RETENTION_LOGIN_RECORDS_DAYS,
    ),
)
