"""E-mail leaves the site through the task queue: a request that caused a mail never
fails or waits because the mail server is slow or down."""

import datetime
import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

log = logging.getLogger(__name__)

#: Delays before the next attempt when the mail server refused or was unreachable.
RETRY_DELAYS = [datetime.timedelta(minutes=m) for m in (1, 5, 30, 120, 600)]


@task()
def send_mail(
    subject: str,
    body: str,
    to: list[str],
    attachments: list[tuple[str, str, str]] | None = None,
    attempt: int = 0,
) -> None:
    """Sends one e-mail; on failure, tries again later with growing delays."""
    message = EmailMessage(subject=subject, body=body, to=to)
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    try:
        message.send()
    except Exception:
        if attempt >= len(RETRY_DELAYS) or not default_task_backend.supports_defer:
            log.exception("Giving up on mail %r after %d attempts", subject, attempt + 1)
            raise
        log.warning("Mail %r failed, retrying (attempt %d)", subject, attempt + 1)
        send_mail.using(run_after=timezone.now() + RETRY_DELAYS[attempt]).enqueue(
            subject, body, to, attachments, attempt + 1
        )


def queue_mail(
    subject: str,
    body: str,
    to: list[str],
    attachments: list[tuple[str, str, str]] | None = None,
) -> None:
    """Queues a mail once the current transaction has committed, so that no mail goes
    out for data that was rolled back."""
    transaction.on_commit(
        lambda: send_mail.enqueue(str(subject), str(body), list(to), attachments or [])
    )
