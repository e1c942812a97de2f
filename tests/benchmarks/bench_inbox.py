"""The review inbox with 50,000 contributions: queries per list page with filters, and the
memory an export of all rows needs. Run with `make benchmarks`."""

import time
import tracemalloc
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.snippets.views.snippets import IndexView

from beteiligung.inbox import InboxIndexView
from beteiligung.models import Contribution
from tests.beteiligung.factories import TopicFactory, make_consultation
from tests.factories import make_site

ROWS = 50_000
INBOX = "/admin/inbox/"


@pytest.mark.django_db
def test_inbox_with_50000_contributions() -> None:
    consultation = make_consultation(make_site())
    topics = [TopicFactory(name=f"Handlungsfeld {n}") for n in range(8)]
    statuses = [choice for choice, _ in Contribution.ReviewStatus.choices]
    now = timezone.now()
    Contribution.objects.bulk_create(
        (
            Contribution(
                consultation=consultation,
                source=Contribution.Source.PARAGRAPH_COMMENT,
                paragraph_number=f"{n % 8 + 1}.{n % 5 + 1}",
                text=f"Beitrag Nummer {n} mit etwas Text, wie Menschen ihn schreiben.",
                author_name=f"Person {n}",
                email=f"p{n}@example.org",
                language="de",
                topic=topics[n % 8],
                review_status=statuses[n % len(statuses)],
                moderation_status=Contribution.ModerationStatus.PUBLISHED,
                confirmed_at=now,
                published_at=now,
            )
            for n in range(ROWS)
        ),
        batch_size=5000,
    )
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("b", "b@example.org", "pw"))

    print(f"\n{ROWS} contributions in the inbox")
    print(f"{'list page':<44} {'queries':>7} {'seconds':>8}")
    for label, params in [
        ("unfiltered, page 1", {}),
        ("field of action + status received", {"topic": topics[3].pk, "review_status": "received"}),
        ("search 'Nummer 4711'", {"q": "Nummer 4711"}),
        ("unfiltered, page 200", {"p": 200}),
    ]:
        client.get(INBOX, params)
        with CaptureQueriesContext(connection) as context:
            started = time.perf_counter()
            response = client.get(INBOX, params)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200
        print(f"{label:<44} {len(context.captured_queries):>7} {elapsed:>8.3f}")

    def export() -> tuple[float, float, float]:
        tracemalloc.start()
        started = time.perf_counter()
        response = client.get(INBOX, {"export": "csv"})
        size = sum(len(chunk) for chunk in response.streaming_content)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return size / 1e6, elapsed, peak / 1e6

    # The same export through Wagtail's own code (a model instance per row, with its
    # related pages), as it was before, and from plain rows read in chunks.
    with mock.patch.object(InboxIndexView, "stream_csv", IndexView.stream_csv):
        before = export()
    after = export()
    print(f"{'CSV export of all rows':<44} {'MB':>5} {'seconds':>8} {'peak MB':>8}")
    print(
        f"{'  model instances (Wagtail, before)':<44} {before[0]:>5.1f} {before[1]:>8.1f} "
        f"{before[2]:>8.1f}"
    )
    print(
        f"{'  plain rows in chunks (now)':<44} {after[0]:>5.1f} {after[1]:>8.1f} {after[2]:>8.1f}"
    )
    print(f"  {before[1] / after[1]:.1f} times faster")
