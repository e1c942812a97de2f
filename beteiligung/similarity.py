"""Similar contributions, for staff: which other contributions on the same consultation say
much the same, and which of a list are near-duplicates of each other.

Two questions, one measure. Text similarity is PostgreSQL's `pg_trgm` similarity: the
share of three-letter sequences two texts have in common (0 to 1). `trigrams` and
`similarity` below compute the same measure in Python, so that SQLite (the demo) ranks
as PostgreSQL does.

- `similar_to(contribution)`: up to ten others, best first. On PostgreSQL the database
  finds them through a GIN trigram index, and, where the contribution's language has a
  full-text configuration, also those that contain all its words in another form or
  order (German stemming: "Sprachkursen" finds "Sprachkurs"). On SQLite the newest
  `SCAN_LIMIT` contributions of the consultation are compared in Python.
- `clusters(contributions)`: groups of near-duplicates in a list of at most
  `MAX_CLUSTERED`, largest first, found by a prefix-filtered similarity join in Python
  (it compares only pairs that share one of their rarest trigrams), the same on both
  databases.

Everything happens on this machine: no text is sent anywhere."""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.lookups import TrigramSimilar
from django.contrib.postgres.search import SearchQuery, SearchVector, TrigramSimilarity
from django.db import connection, transaction
from django.db.models import F, Q, Value

from .models import Contribution

#: Lowest similarity for the list of similar contributions. Below about half, the trigram
#: index stops narrowing long texts down: at pg_trgm's default of 0.3 it leaves thousands
#: of 10,000 typical comments to compare one by one (see tests/benchmarks).
THRESHOLD = 0.5
#: Lowest similarity for two contributions to count as near-duplicates in a cluster.
CLUSTER_THRESHOLD = 0.5
#: How many similar contributions are listed.
LIMIT = 10
#: The longest list that is grouped; longer filtered lists are grouped in their first rows.
MAX_CLUSTERED = 1000
#: Without PostgreSQL: how many of a consultation's newest contributions are compared.
SCAN_LIMIT = 2000
#: PostgreSQL's text search configurations for the site's languages; Ukrainian, Persian
#: and Polish have none and are compared by trigrams alone.
FULL_TEXT_CONFIGS = {
    "de": "german",
    "en": "english",
    "tr": "turkish",
    "ar": "arabic",
    "ru": "russian",
}
#: A text shorter than this many words is compared by trigrams alone: "Ja, bitte" would
#: otherwise find every text with "ja" in it.
MIN_FULL_TEXT_WORDS = 3

WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Similar:
    contribution: Contribution
    #: 0 to 1.
    score: float

    @property
    def percent(self) -> int:
        return round(self.score * 100)


@dataclass(frozen=True)
class Cluster:
    """Near-duplicates in a list, in the list's order."""

    contributions: list[Contribution]

    @property
    def size(self) -> int:
        return len(self.contributions)

    @property
    def ids(self) -> list[int]:
        return [contribution.pk for contribution in self.contributions]


# The measure ---------------------------------------------------------------------------


def trigrams(text: str) -> frozenset[str]:
    """The trigrams pg_trgm extracts: each word in lower case, padded with two spaces in
    front and one behind."""
    grams = set()
    for word in WORD.findall(text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(grams)


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Shared trigrams among all trigrams of both (pg_trgm's `similarity`)."""
    if not first or not second:
        return 0.0
    shared = len(first & second)
    return shared / (len(first) + len(second) - shared)


# Similar contributions -------------------------------------------------------------------


def _neighbourhood(contribution: Contribution):
    """The contributions it is compared with: the others on the same consultation in any
    language and from any source (or, without a consultation, the others without one),
    as far as staff see them."""
    others = Contribution.objects.confirmed().exclude(pk=contribution.pk)
    page = contribution.consultation
    if page is None:
        return others.filter(consultation__isnull=True)
    return others.for_consultation(page)


def similar_to(contribution: Contribution, limit: int = LIMIT) -> list[Similar]:
    """Up to `limit` other contributions that say much the same, most similar first."""
    if not contribution.text.strip():
        return []
    others = _neighbourhood(contribution).select_related("consultation")
    if connection.vendor == "postgresql":
        return _similar_in_postgresql(contribution, others, limit)
    return _similar_in_python(contribution, others, limit)


def _similar_in_postgresql(contribution: Contribution, others, limit: int) -> list[Similar]:
    text = contribution.text
    matches = Q(TrigramSimilar(F("text"), Value(text)))
    candidates = Contribution.objects.all()
    config = FULL_TEXT_CONFIGS.get(contribution.language)
    if config and len(WORD.findall(text)) >= MIN_FULL_TEXT_WORDS:
        # Same language, every word of this one in the other, in any form and order: the
        # expression is the one the migration indexed, per language.
        candidates = candidates.annotate(words=SearchVector("text", config=config))
        matches |= Q(language=contribution.language, words=SearchQuery(text, config=config))
    # First the candidates, by the text alone: given any other condition (the
    # consultation), the planner reads the consultation through that condition's index
    # and compares every row of it, half a second for 10,000. It also takes similarity()
    # for cheap and a sequential scan for fine; the indexes leave a handful of rows.
    # (Unordered: to save a sort, it would also walk the whole table by date.)
    with (
        transaction.atomic(),
        _settings({"pg_trgm.similarity_threshold": str(THRESHOLD), "enable_seqscan": "off"}),
    ):
        found = list(candidates.filter(matches).order_by().values_list("pk", flat=True))
    ranked = (
        others.filter(pk__in=found)
        .annotate(score=TrigramSimilarity("text", text))
        .order_by("-score", "-created_at")[:limit]
    )
    return [Similar(other, other.score) for other in ranked]


@contextmanager
def _settings(values: dict[str, str]):
    """PostgreSQL settings for the statements inside, as they were afterwards."""
    with connection.cursor() as cursor:
        before = {}
        for name, value in values.items():
            cursor.execute(
                "SELECT current_setting(%s, true), set_config(%s, %s, true)", [name, name, value]
            )
            before[name] = cursor.fetchone()[0]
        try:
            yield
        finally:
            for name, value in before.items():
                if value is not None:
                    cursor.execute("SELECT set_config(%s, %s, true)", [name, value])


def _similar_in_python(contribution: Contribution, others, limit: int) -> list[Similar]:
    own = trigrams(contribution.text)
    scored = []
    for other in others.order_by("-created_at")[:SCAN_LIMIT]:
        score = similarity(own, trigrams(other.text))
        if score >= THRESHOLD:
            scored.append(Similar(other, score))
    scored.sort(key=lambda found: (-found.score, -found.contribution.created_at.timestamp()))
    return scored[:limit]


# Clusters -------------------------------------------------------------------------------


def clusters(
    contributions: Iterable[Contribution], threshold: float = CLUSTER_THRESHOLD
) -> list[Cluster]:
    """The groups of near-duplicates among `contributions` (at most `MAX_CLUSTERED` are
    read): two belong together when their similarity reaches `threshold`, and a group is
    everything connected so. Largest group first; contributions without a near-duplicate
    are left out."""
    items = _first(contributions, MAX_CLUSTERED)
    grams = [trigrams(c.text) for c in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _pairs(grams, threshold):
        parent[root(i)] = root(j)

    groups = defaultdict(list)
    for i, contribution in enumerate(items):
        groups[root(i)].append(contribution)
    found = [Cluster(members) for members in groups.values() if len(members) > 1]
    # Largest first; among equals, in the order of the list.
    first_index = {id(c): n for n, c in enumerate(items)}
    found.sort(key=lambda cluster: (-cluster.size, first_index[id(cluster.contributions[0])]))
    return found


def _first(contributions: Iterable[Contribution], count: int) -> list[Contribution]:
    if hasattr(contributions, "__getitem__"):
        return list(contributions[:count])
    return [c for _, c in zip(range(count), contributions, strict=False)]


def _pairs(grams: list[frozenset[str]], threshold: float) -> Iterable[tuple[int, int]]:
    """The pairs whose similarity reaches `threshold`. Prefix filtering (Bayardo et al.,
    "Scaling up all pairs similarity search", 2007): with each set ordered rarest trigram
    first, two sets that are similar enough share a trigram among the first
    `len - ceil(threshold * len) + 1` of each, so only such pairs are compared; and they
    are compared as bit sets (an `and` and a bit count), not as Python sets."""
    frequency = Counter(gram for each in grams for gram in each)
    number = {gram: n for n, gram in enumerate(frequency)}
    bits = [_bit_set([number[gram] for gram in each]) for each in grams]
    sizes = [len(each) for each in grams]
    index = defaultdict(list)
    for i, own in enumerate(grams):
        if not own:
            continue
        ordered = sorted(own, key=lambda gram: (frequency[gram], gram))
        prefix = ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]
        candidates = {j for gram in prefix for j in index[gram]}
        for j in candidates:
            small, large = sorted((sizes[i], sizes[j]))
            if small < threshold * large:
                continue  # too different in length to be similar enough
            shared = (bits[i] & bits[j]).bit_count()
            if shared >= threshold * (sizes[i] + sizes[j] - shared):
                yield j, i
        for gram in prefix:
            index[gram].append(i)


def _bit_set(numbers: list[int]) -> int:
    """The numbers as the bits of one integer."""
    found = bytearray((max(numbers, default=0) >> 3) + 1)
    for number in numbers:
        found[number >> 3] |= 1 << (number & 7)
    return int.from_bytes(found, "little")
