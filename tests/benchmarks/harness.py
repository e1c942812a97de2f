"""Measures a page against a trivial one in the same run: queries per request and
requests per second through the whole Django stack (in process, no network).

Throughput is reported as the ratio to the trivial `/healthz/` measured in the same run,
which makes figures from a busy shared machine comparable; each page has a target ratio.
A page is measured uncached but warm (its fragments cached, the page cache off) and, for
public pages, a second time served from the page cache (`home.page_cache`), if it may be.
"""

import time
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, reset_queries
from django.template import Template
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext, _TestState

from home.page_cache import HEADER

TRIVIAL_URL = "/healthz/"


#: Throughput targets as a ratio to the trivial page: any public page uncached but warm.
PAGE_TARGET = 0.05
#: ... and any anonymous page served from the page cache.
PAGE_CACHE_TARGET = 0.5


@dataclass
class Figure:
    label: str
    url: str
    queries: int
    requests_per_second: float
    target: float = 0.0
    #: Requests per second of the trivial page measured around this one, if it was.
    neighbour_rate: float = 0.0
    #: Requests per second served from the page cache; None: not measured, or a page
    #: the page cache never stores (a form, a nonce).
    cached_rate: float | None = None
    cached_measured: bool = False

    def ratio(self, trivial: "Figure", rate: float | None = None) -> float:
        rate = self.requests_per_second if rate is None else rate
        return rate / (self.neighbour_rate or trivial.requests_per_second)

    def row(self, trivial: "Figure") -> str:
        ratio = self.ratio(trivial)
        target = f"{self.target:.2f}" if self.target else ""
        cached = ""
        if self.cached_rate is not None:
            cached_ratio = self.ratio(trivial, self.cached_rate)
            cached = f"{cached_ratio:>10.3f} {_verdict(cached_ratio, PAGE_CACHE_TARGET)}"
        elif self.cached_measured:
            cached = f"{'not stored':>10}"
        return (
            f"{self.label:<38} {self.queries:>7} {self.requests_per_second:>9.1f} "
            f"{ratio:>10.3f} {target:>7} {_verdict(ratio, self.target):<5} {cached}"
        )


def _verdict(ratio: float, target: float) -> str:
    return "" if not target else ("met" if ratio >= target else "BELOW")


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


def measure(
    client: Client, label: str, url: str, seconds: float = 2.0, target: float = 0.0
) -> Figure:
    """Queries of a warm request, and requests per second over `seconds`. With a
    `target`, the trivial page is also measured just before and after the page, and the
    ratio is taken to that: the machine is shared, and a ratio to a neighbouring
    measurement holds still when the machine gets busier during the run."""
    if target:
        before = _rate(client, TRIVIAL_URL, seconds / 2)
        figure = _measure(client, label, url, seconds, target)
        figure.cached_measured = True
        with override_settings(PAGE_CACHE_SECONDS=60):
            client.get(url)
            if client.get(url).get(HEADER) == "hit":
                figure.cached_rate = _rate(client, url, seconds / 2)
        after = _rate(client, TRIVIAL_URL, seconds / 2)
        figure.neighbour_rate = (before + after) / 2
        return figure
    return _measure(client, label, url, seconds, target)


#: Each rate is the best of this many equal slices of the measuring time: a pause of the
#: shared machine (another process, a garbage collection) lowers one slice, not the figure.
SLICES = 3


def _rate(client: Client, url: str, seconds: float) -> float:
    rates = []
    with production_templates():
        for _ in range(SLICES):
            count = 0
            started = time.perf_counter()
            while time.perf_counter() - started < seconds / SLICES:
                client.get(url)
                count += 1
                reset_queries()
            rates.append(count / (time.perf_counter() - started))
    return max(rates)


@override_settings(PAGE_CACHE_SECONDS=0)
def _measure(client: Client, label: str, url: str, seconds: float, target: float) -> Figure:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    queries = len(context.captured_queries)  # read now: the loop below clears the log
    return Figure(label, url, queries, _rate(client, url, seconds), target)


def report(title: str, figures: list[Figure], trivial: Figure) -> None:
    """The table: uncached but warm (queries, req/s, ratio to the trivial page, target)
    and, where measured, the ratio served from the page cache (target 0.5)."""
    print(f"\n{title}")
    print(
        f"{'':<38} {'uncached but warm (page cache off)':^42} "
        f"{'page cache':^16}\n"
        f"{'page':<38} {'queries':>7} {'req/s':>9} {'vs trivial':>10} {'target':>7} "
        f"{'':<5} {'vs trivial':>10} {'target ' + str(PAGE_CACHE_TARGET):<5}"
    )
    print(trivial.row(trivial))
    for figure in figures:
        print(figure.row(trivial))
