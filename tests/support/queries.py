"""Counting the database queries of one page view."""

from http import HTTPStatus

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def queries_for(client: Client, url: str) -> int:
    """Queries of the second request to `url`: the first warms caches that live for the
    whole process, such as Wagtail's site root paths. Streamed bodies are read in full."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, (url, response.status_code)
        if response.streaming:
            b"".join(response.streaming_content)
    return len(context.captured_queries)
