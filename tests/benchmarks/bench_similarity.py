"""Similar contributions on 10,000 contributions: how long the list of similar ones takes on
PostgreSQL with its trigram and full-text indexes (target under 100 ms), and how long
grouping a filtered list of 1,000 into near-duplicates takes (target under 2 s). Run with
`make benchmarks`; the lookup needs PostgreSQL (DATABASE_URL=postgres://...)."""

import random
import re
import statistics
import time
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from beteiligung import similarity
from beteiligung.models import Contribution
from tests.beteiligung.factories import TopicFactory, make_consultation
from tests.factories import make_site

ROWS = 10_000
FILTERED = 1_000
LOOKUPS = 50
LOOKUP_TARGET = 0.100
CLUSTER_TARGET = 2.0


def vocabulary() -> list[str]:
    """Real German words: those of the site's own German catalogue."""
    catalogue = polib.pofile(str(Path(settings.BASE_DIR) / "locale/de/LC_MESSAGES/django.po"))
    words = set()
    for entry in catalogue:
        words.update(re.findall(r"[^\W\d_]{3,}", entry.msgstr))
    return sorted(words)


def texts(count: int, generator: random.Random) -> list[str]:
    """Comments of 12 to 60 words; one in five repeats an earlier one with a few words
    changed, as when people back the same request."""
    words = vocabulary()
    made = []
    for _ in range(count):
        if made and generator.random() < 0.2:
            copy = generator.choice(made).split()
            for _ in range(generator.randint(1, 3)):
                copy[generator.randrange(len(copy))] = generator.choice(words)
            made.append(" ".join(copy))
        else:
            made.append(" ".join(generator.choices(words, k=generator.randint(12, 60))))
    return made


@pytest.fixture
def ten_thousand(db) -> dict:
    consultation = make_consultation(make_site())
    topics = [TopicFactory(name=f"Handlungsfeld {n}") for n in range(10)]
    now = timezone.now()
    generator = random.Random(2027)
    Contribution.objects.bulk_create(
        (
            Contribution(
                consultation=consultation,
                source=Contribution.Source.PARAGRAPH_COMMENT,
                text=text,
                language="de",
                topic=topics[n % 10],
                moderation_status=Contribution.ModerationStatus.PUBLISHED,
                confirmed_at=now,
                published_at=now,
            )
            for n, text in enumerate(texts(ROWS, generator))
        ),
        batch_size=2000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE beteiligung_contribution")
    return {"consultation": consultation, "topics": topics}


def candidate_plan(contribution: Contribution) -> str:
    """PostgreSQL's plan for the query that finds the candidates, as `similar_to` runs it."""
    with CaptureQueriesContext(connection) as captured:
        similarity.similar_to(contribution)
    [candidates] = [q["sql"] for q in captured.captured_queries if " @@ " in q["sql"]]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true), "
            "set_config('enable_seqscan', 'off', true)",
            [str(similarity.THRESHOLD)],
        )
        cursor.execute(f"EXPLAIN {candidates}")
        return " ".join(row[0] for row in cursor.fetchall())


def verdict(seconds: float, target: float) -> str:
    return "ok" if seconds < target else "ABOVE TARGET"


def test_similar_list_lookup_on_10000_contributions(ten_thousand: dict) -> None:
    if connection.vendor != "postgresql":
        pytest.skip(
            "the lookup figure is PostgreSQL's, with its indexes: "
            "run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db>"
        )
    picked = random.Random(1).sample(list(Contribution.objects.all()), LOOKUPS)
    similarity.similar_to(picked[0])  # warm
    timings, found = [], []
    for contribution in picked:
        started = time.perf_counter()
        found.append(len(similarity.similar_to(contribution)))
        timings.append(time.perf_counter() - started)
    plan = candidate_plan(picked[0])
    median, worst = statistics.median(timings), max(timings)
    p95 = sorted(timings)[int(len(timings) * 0.95) - 1]
    print(f"\nSimilar contributions, {ROWS} contributions on one consultation (PostgreSQL)")
    print(f"{'lookup of the similar list':<44} {'median':>8} {'p95':>8} {'max':>8}")
    print(
        f"{f'  {LOOKUPS} contributions, ms':<44} {median * 1000:>8.1f} {p95 * 1000:>8.1f} "
        f"{worst * 1000:>8.1f}  target < {LOOKUP_TARGET * 1000:.0f} ms (median): "
        f"{verdict(median, LOOKUP_TARGET)}"
    )
    print(f"  similar found per contribution: median {statistics.median(found):.0f}")
    used = sorted(set(re.findall(r"contribution_text_\w+", plan)))
    print(f"  indexes the candidate query uses: {', '.join(used) or 'NONE'}")


def test_grouping_a_filtered_list_of_1000(ten_thousand: dict) -> None:
    filtered = Contribution.objects.filter(topic__in=ten_thousand["topics"][:1]).order_by(
        "-created_at"
    )
    assert filtered.count() == FILTERED
    started = time.perf_counter()
    found = similarity.clusters(filtered)
    grouped = time.perf_counter() - started

    client = Client()
    client.force_login(get_user_model().objects.create_superuser("b", "b@example.org", "pw"))
    url = "/admin/inbox/similar/"
    params = {"topic": ten_thousand["topics"][0].pk}
    client.get(url, params)
    started = time.perf_counter()
    response = client.get(url, params)
    page = time.perf_counter() - started
    assert response.status_code == 200

    print(f"\nGrouping near-duplicates ({connection.vendor}), {ROWS} contributions")
    print(f"{'':<44} {'seconds':>8}")
    print(
        f"{f'  clusters() on a filtered list of {FILTERED}':<44} {grouped:>8.3f}  "
        f"target < {CLUSTER_TARGET:.0f} s: {verdict(grouped, CLUSTER_TARGET)}"
    )
    print(f"{'  the inbox page grouping it (whole request)':<44} {page:>8.3f}")
    sizes = [cluster.size for cluster in found]
    print(f"  {len(found)} groups, {sum(sizes)} contributions, largest {max(sizes, default=0)}")
