"""`/readyz/`: may this app server take traffic, and is everything behind it working?

`/healthz/` only says that the process answers. This view checks what the site needs:

- the database answers `SELECT 1`;
- Redis answers PING, where CACHE_URL points at Redis (pages survive a Redis outage, but
  rate limits and shared caches do not work, so it is reported);
- the task worker (`manage.py db_worker`) is alive. Its heartbeat is the queue itself: a
  task that is due and has waited longer than `TASK_WORKER_MAX_DELAY` seconds (default
  300) means no worker is taking tasks. An idle worker with an empty queue passes; a dead
  one is noticed as soon as a mail waits too long. Checked only with the database task
  backend; with the immediate backend (development, tests) there is no worker to miss.

The answer lists each check on a line: 200 when all pass, 503 otherwise.
"""

import datetime
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

DATABASE_TASK_BACKEND = "django_tasks_db.DatabaseBackend"


def check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as problem:  # any driver error means "not ready"
        return f"unreachable ({type(problem).__name__})"
    return ""


def check_cache() -> str | None:
    """None where no Redis is configured (local memory needs no check)."""
    cache = caches["default"]
    if not type(cache).__module__.startswith("django_redis"):
        return None
    try:
        # The raw client: the cache itself hides connection errors (IGNORE_EXCEPTIONS).
        cache.client.get_client(write=True).ping()
    except Exception as problem:
        return f"unreachable ({type(problem).__name__})"
    return ""


def check_worker(now: datetime.datetime | None = None) -> str | None:
    """None where tasks do not go through the database queue."""
    if settings.TASKS["default"]["BACKEND"] != DATABASE_TASK_BACKEND:
        return None
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.TASK_WORKER_MAX_DELAY)
    try:
        overdue = (
            DBTaskResult.objects.ready()
            .filter(Q(run_after=get_date_max(), enqueued_at__lt=cutoff) | Q(run_after__lt=cutoff))
            .count()
        )
    except Exception as problem:
        return f"unknown ({type(problem).__name__})"
    if overdue:
        return f"{overdue} due task(s) waiting longer than {settings.TASK_WORKER_MAX_DELAY} s"
    return ""


def ready(request):
    checks = {"database": check_database(), "cache": check_cache()}
    checks["worker"] = check_worker() if not checks["database"] else "unknown (no database)"
    lines = [
        f"{name}: {'not used' if problem is None else problem or 'ok'}"
        for name, problem in checks.items()
    ]
    failed = any(checks.values())
    response = HttpResponse(
        "\n".join(lines) + "\n",
        content_type="text/plain; charset=utf-8",
        status=HTTPStatus.SERVICE_UNAVAILABLE if failed else HTTPStatus.OK,
    )
    add_never_cache_headers(response)
    return response
