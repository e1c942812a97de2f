"""Similar contributions and clusters of near-duplicates rank the same on SQLite and on
PostgreSQL (the suite runs on both): the same measure, the same order."""

import random

import pytest
from django.db import connection

from beteiligung import similarity
from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ConsultationPageFactory, ContributionFactory
from tests.factories import translate

pytestmark = pytest.mark.django_db
Source = Contribution.Source

EVENING = "Bitte mehr Sprachkurse am Abend anbieten, damit Berufstätige teilnehmen können."
EVENING_AGAIN = (
    "Bitte bieten Sie mehr Sprachkurse am Abend an, damit auch Berufstätige teilnehmen können."
)
EVENING_SHORT = "Mehr Sprachkurse abends, damit Berufstätige teilnehmen können!"
GARBSEN = "Die Beratungsstellen in Garbsen sollten länger geöffnet sein."
GARBSEN_AGAIN = "Die Beratungsstelle in Garbsen sollte länger geöffnet sein, auch samstags."
ON_POSTGRESQL = connection.vendor == "postgresql"


def texts(found: list[similarity.Similar]) -> list[str]:
    return [item.contribution.text for item in found]


def test_python_measure_equals_pg_trgm_similarity() -> None:
    if not ON_POSTGRESQL:
        pytest.skip("compares with PostgreSQL's pg_trgm: run with DATABASE_URL=postgres://...")
    pairs = [(EVENING, EVENING_AGAIN), (EVENING, EVENING_SHORT), (EVENING, GARBSEN)]
    with connection.cursor() as cursor:
        for first, second in pairs:
            cursor.execute("SELECT similarity(%s, %s)", [first, second])
            expected = cursor.fetchone()[0]
            ours = similarity.similarity(similarity.trigrams(first), similarity.trigrams(second))
            assert ours == pytest.approx(expected, abs=1e-6)


def test_similar_contributions_are_ranked_most_similar_first_across_paragraphs_and_sources(
    consultation: ConsultationPage,
) -> None:
    first, second = consultation.paragraphs[0].block_id, consultation.paragraphs[-1].block_id
    own = ContributionFactory(consultation=consultation, block_id=first, text=EVENING)
    ContributionFactory(consultation=consultation, block_id=second, text=EVENING_SHORT)
    ContributionFactory(
        consultation=consultation,
        source=Source.OFFLINE,
        moderation_status=Contribution.ModerationStatus.PENDING,
        text=EVENING_AGAIN,
    )
    ContributionFactory(consultation=consultation, text=GARBSEN)

    found = similarity.similar_to(own)

    assert texts(found) == [EVENING_AGAIN, EVENING_SHORT]
    assert [item.percent for item in found] == [88, 77]


def test_similar_leaves_out_other_consultations_unconfirmed_and_itself(
    consultation: ConsultationPage,
) -> None:
    own = ContributionFactory(consultation=consultation, text=EVENING)
    ContributionFactory(
        consultation=consultation,
        text=EVENING_AGAIN,
        moderation_status=Contribution.ModerationStatus.UNCONFIRMED,
    )
    other_consultation = ConsultationPageFactory(parent=consultation.get_parent(), slug="andere")
    ContributionFactory(consultation=other_consultation, text=EVENING_AGAIN)
    ContributionFactory(consultation=None, source=Source.FEEDBACK, text=EVENING_AGAIN)

    assert similarity.similar_to(own) == []


def test_similar_finds_comments_written_on_another_language_version(
    consultation: ConsultationPage,
) -> None:
    english = translate(consultation, "en")
    own = ContributionFactory(consultation=consultation, text=EVENING)
    ContributionFactory(consultation=english, language="en", text=EVENING_AGAIN)

    assert texts(similarity.similar_to(own)) == [EVENING_AGAIN]


def test_full_text_finds_the_same_words_in_other_forms_on_postgresql(
    consultation: ConsultationPage,
) -> None:
    if not ON_POSTGRESQL:
        pytest.skip("full-text search with the German configuration needs PostgreSQL")
    own = ContributionFactory(
        consultation=consultation, text="Mehr Kitaplätze für Beratungsstellen"
    )
    longer = (
        "Wir wünschen uns, dass die Region zusätzlich zu den bestehenden Angeboten mehr "
        "Beratungsstelle einrichtet, mit einem Kitaplatz während der Beratung."
    )
    ContributionFactory(consultation=consultation, text=longer)
    # Too little in common for trigrams alone; German stemming finds it all the same.
    assert similarity.similarity(similarity.trigrams(own.text), similarity.trigrams(longer)) < 0.3

    assert texts(similarity.similar_to(own)) == [longer]


def test_similar_to_an_empty_text_is_nothing(consultation: ConsultationPage) -> None:
    own = ContributionFactory(consultation=consultation, text="")
    ContributionFactory(consultation=consultation, text="")
    assert similarity.similar_to(own) == []


def test_clusters_group_near_duplicates_largest_first_and_leave_out_loners(
    consultation: ConsultationPage,
) -> None:
    alone = "Mehr Grünflächen."
    for text in [GARBSEN, EVENING, GARBSEN_AGAIN, EVENING_AGAIN, alone, EVENING_SHORT]:
        ContributionFactory(consultation=consultation, text=text)

    found = similarity.clusters(Contribution.objects.order_by("pk"))

    assert [[c.text for c in cluster.contributions] for cluster in found] == [
        [EVENING, EVENING_AGAIN, EVENING_SHORT],
        [GARBSEN, GARBSEN_AGAIN],
    ]
    assert [cluster.size for cluster in found] == [3, 2]


def test_clusters_join_chains_of_near_duplicates(consultation: ConsultationPage) -> None:
    # A is like B and B like C, though A and C are less alike: one group.
    a = "Kostenlose Sprachkurse für Eltern in Hannover"
    b = "Kostenlose Sprachkurse für Eltern mit Kindern in Garbsen"
    c = "Sprachkurse für Eltern mit kleinen Kindern in Garbsen und Laatzen"
    for text in (a, b, c):
        ContributionFactory(consultation=consultation, text=text)
    grams = [similarity.trigrams(text) for text in (a, b, c)]
    assert similarity.similarity(grams[0], grams[2]) < similarity.CLUSTER_THRESHOLD

    [cluster] = similarity.clusters(Contribution.objects.order_by("pk"))
    assert cluster.size == 3


def test_prefix_filtering_finds_every_pair_comparing_all_pairs_would() -> None:
    words = ["Sprache", "Kurs", "Abend", "Eltern", "Kita", "Beratung", "Garbsen", "Arbeit"]
    generator = random.Random(11)
    texts_ = []
    for _ in range(150):
        base = generator.sample(words, 6)
        texts_.append(" ".join(base))
        if generator.random() < 0.5:  # a near-duplicate: one word swapped
            base[generator.randrange(6)] = generator.choice(words)
            texts_.append(" ".join(base))
    grams = [similarity.trigrams(text) for text in texts_]
    brute_force = {
        (i, j)
        for j in range(len(grams))
        for i in range(j)
        if similarity.similarity(grams[i], grams[j]) >= similarity.CLUSTER_THRESHOLD
    }
    assert brute_force  # the data has pairs to find
    assert set(similarity._pairs(grams, similarity.CLUSTER_THRESHOLD)) == brute_force


def test_clusters_read_at_most_the_bound(consultation: ConsultationPage, monkeypatch) -> None:
    monkeypatch.setattr(similarity, "MAX_CLUSTERED", 2)
    for text in (EVENING, EVENING_AGAIN, EVENING_SHORT):
        ContributionFactory(consultation=consultation, text=text)
    [cluster] = similarity.clusters(Contribution.objects.order_by("pk"))
    assert cluster.size == 2
