"""How long personal data is kept, in one place: `manage.py purge_personal_data`, daily.

Each app registers what it deletes or forgets, and after how long, in its
`AppConfig.ready()` (`register_retention(label, purge)`; `purge(now)` returns how many
entries it changed). Besides, this deletes what the site keeps around its apps: finished
task results (they hold mail recipients and texts), django-axes' records of staff logins,
and expired sessions.

Every rule takes the clock as `now`, so that tests can freeze it. Two come from other
packages and read the real clock: django-tasks-db's `prune_db_task_results` and the session
engine's `clear_expired()`."""

import datetime
from collections.abc import Callable
from importlib import import_module

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

Purge = Callable[[datetime.datetime], int]
_rules: list[tuple[str, Purge]] = []


def register_retention(label: str, purge: Purge) -> None:
    """`label` says in the command's report what was deleted or forgotten."""
    if all(known != label for known, _rule in _rules):
        _rules.append((label, purge))


def purge_personal_data(now: datetime.datetime | None = None) -> dict[str, int]:
    """Runs every rule; returns how many entries each deleted or forgot."""
    now = now or timezone.now()
    report = {label: purge(now) for label, purge in _rules}
    report["finished task results"] = _prune_task_results()
    report["records of staff logins"] = _forget_logins(now)
    _clear_expired_sessions()
    return report


def _prune_task_results() -> int:
    """Through django-tasks-db's own command, when tasks are kept in the database."""
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
