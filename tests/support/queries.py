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


#: Queries a public page may run once the caches are warm (menus, language links, site
#: settings and breadcrumbs come from the cache), whatever the amount of content.
MAX_QUERIES = 15


def assert_constant_and_bounded(small: int, large: int) -> None:
    """The same number of queries with little and with much content, and at most
    MAX_QUERIES."""
    assert large == small
    assert large <= MAX_QUERIES
