"""Measures a page against a trivial one in the same run: queries per request and
requests per second through the whole Django stack (in process, no network)."""

import time
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, reset_queries
from django.template import Template
from django.test import Client
from django.test.utils import CaptureQueriesContext, _TestState

TRIVIAL_URL = "/healthz/"


@dataclass
class Figure:
    label: str
    url: str
    queries: int
    requests_per_second: float

    def row(self, trivial: "Figure") -> str:
        ratio = self.requests_per_second / trivial.requests_per_second
        return f"{self.label:<34} {self.queries:>7} {self.requests_per_second:>9.1f} {ratio:>10.3f}"


@contextmanager
def production_templates():
    """The test environment wraps every template render to record it for assertions;
    production does not, so the timing loop runs without that wrapper."""
    saved = getattr(_TestState, "saved_data", None)
    instrumented = Template._render
    if saved is not None:
        Template._render = saved.template_render
    try:
        yield
    finally:
        Template._render = instrumented


def measure(client: Client, label: str, url: str, seconds: float = 2.0) -> Figure:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    queries = len(context.captured_queries)  # read now: the loop below clears the log
    count = 0
    with production_templates():
        started = time.perf_counter()
        while time.perf_counter() - started < seconds:
            client.get(url)
            count += 1
            reset_queries()
        elapsed = time.perf_counter() - started
    return Figure(label, url, queries, count / elapsed)


def report(title: str, figures: list[Figure], trivial: Figure) -> None:
    print(f"\n{title}")
    print(f"{'page':<34} {'queries':>7} {'req/s':>9} {'vs trivial':>10}")
    print(trivial.row(trivial))
    for figure in figures:
        print(figure.row(trivial))
