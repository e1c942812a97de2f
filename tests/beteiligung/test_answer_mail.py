"""A mail server that is down delays the answer mail, never the staff member's save, and
the mail is retried by the task worker (the real database queue, not the test shortcut)."""

import datetime
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory

pytestmark = pytest.mark.django_db
QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker() -> None:
    """What `manage.py db_worker --batch` does for each ready task. The command itself
    also recycles database connections, which would end the test's transaction."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    for task_result in DBTaskResult.objects.ready():
        task_result.claim(worker.worker_id)
        worker.run_task(task_result)


@override_settings(TASKS=QUEUE, EMAIL_BACKEND="tests.support.mail_backends.UnreachableBackend")
def test_answer_is_saved_while_mail_is_down_and_mail_is_retried(
    client: Client, commit, consultation: ConsultationPage
) -> None:
    evaluator = get_user_model().objects.create_user("eva", "eva@example.org", "pw")
    evaluator.groups.add(Group.objects.get(name="Evaluation"))
    client.force_login(evaluator)
    contribution = ContributionFactory(consultation=consultation, notify_on_answer=True)

    with commit():
        response = client.post(
            reverse("wagtailsnippets_beteiligung_contribution:edit", args=[contribution.pk]),
            {
                "review_status": Contribution.ReviewStatus.ADOPTED,
                "public_answer": "Wird umgesetzt.",
                "internal_note": "",
            },
        )
    assert response.status_code == HTTPStatus.FOUND
    contribution.refresh_from_db()
    assert contribution.answered_at is not None

    run_worker()  # the first attempt fails: a retry is queued for later
    assert mail.outbox == []
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after > timezone.now()
    assert retry.args_kwargs["args"][-1] == 1  # attempt number

    DBTaskResult.objects.filter(pk=retry.pk).update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        run_worker()
    assert [message.to for message in mail.outbox] == [[contribution.email]]
