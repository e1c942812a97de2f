"""/healthz/ says the process answers; /readyz/ says whether what it needs works."""

import datetime
from http import HTTPStatus

import pytest
from django.test import Client, override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.tasks import send_mail

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_liveness_check_never_touches_the_database(
    client: Client, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):
        response = client.get("/healthz/")
    assert response.status_code == HTTPStatus.OK


def test_readiness_passes_when_database_and_queue_work(client: Client) -> None:
    with override_settings(TASKS=DATABASE_QUEUE):
        send_mail.enqueue("Betreff", "Text", ["a@example.org"])
        response = client.get("/readyz/")
    assert response.status_code == HTTPStatus.OK
    assert response.content.decode().splitlines() == [
        "database: ok",
        "cache: not used",
        "worker: ok",
    ]
    assert "no-store" in response["Cache-Control"]


def test_readiness_fails_when_no_worker_took_a_due_task_for_five_minutes(
    client: Client,
) -> None:
    with override_settings(TASKS=DATABASE_QUEUE):
        send_mail.enqueue("Betreff", "Text", ["a@example.org"])
        DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=6))
        response = client.get("/readyz/")
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "worker: 1 due task(s) waiting longer than 300 s" in response.content.decode()


def test_a_task_deferred_to_later_does_not_count_as_waiting(client: Client) -> None:
    with override_settings(TASKS=DATABASE_QUEUE):
        later = timezone.now() + datetime.timedelta(hours=1)
        send_mail.using(run_after=later).enqueue("Betreff", "Text", ["a@example.org"])
        DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=2))
        response = client.get("/readyz/")
    assert response.status_code == HTTPStatus.OK
