"""Mails to citizens, each in the language they wrote in."""

from django.template.loader import render_to_string
from django.utils import translation

from ..tasks import queue_mail


def send_templated_mail(
    template: str,
    context: dict,
    to: str,
    language: str,
    attachments: list[tuple[str, str, str]] | None = None,
) -> None:
    """Renders `<template>_subject.txt` and `<template>.txt` in `language` and queues the
    mail (it leaves after the transaction commits, through the task queue). Nothing is
    sent without an address."""
    if not to:
        return
    with translation.override(language or None):
        subject = render_to_string(f"{template}_subject.txt", context)
        body = render_to_string(f"{template}.txt", context)
    queue_mail(" ".join(subject.split()), body, [to], attachments)
