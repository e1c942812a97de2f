"""Similar contributions in the inbox: an evaluator sees, beside each contribution, the
others that say much the same, groups the filtered inbox into near-duplicates and answers a
whole group at once, linking it to the change it led to. Only evaluators see any of it."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse

from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, TopicFactory, user_in
from tests.beteiligung.test_review import refused
from tests.beteiligung.test_revision_cycle import edit, freeze
from tests.beteiligung.test_similarity import (
    EVENING,
    EVENING_AGAIN,
    EVENING_SHORT,
    GARBSEN,
    GARBSEN_AGAIN,
)

pytestmark = pytest.mark.django_db
Status = Contribution.ReviewStatus
SIMILAR = reverse("wagtailsnippets_beteiligung_contribution:similar")
SIMILAR_RESULTS = reverse("wagtailsnippets_beteiligung_contribution:similar_results")


@pytest.fixture
def near_duplicates(consultation: ConsultationPage) -> dict:
    education = TopicFactory(name="Bildung und Sprache")
    paragraphs = consultation.paragraphs
    evening = [
        ContributionFactory(
            consultation=consultation,
            block_id=paragraphs[index].block_id,
            paragraph_number=paragraphs[index].number,
            topic=education,
            text=text,
            notify_on_answer=index == 0,
        )
        for index, text in enumerate([EVENING, EVENING_AGAIN, EVENING_SHORT])
    ]
    garbsen = [
        ContributionFactory(consultation=consultation, topic=education, text=text)
        for text in (GARBSEN, GARBSEN_AGAIN)
    ]
    # Like the evening ones, but outside the filter, or not yet confirmed by its author.
    ContributionFactory(consultation=consultation, text=EVENING_AGAIN + " Danke.")
    ContributionFactory(
        consultation=consultation,
        topic=education,
        text=EVENING,
        moderation_status=Contribution.ModerationStatus.UNCONFIRMED,
    )
    return {"education": education, "evening": evening, "garbsen": garbsen}


def soup(response) -> BeautifulSoup:
    assert response.status_code == HTTPStatus.OK
    return BeautifulSoup(response.text, "html.parser")


def similar_ids(page: BeautifulSoup) -> list[int]:
    return [int(item["data-similar-id"]) for item in page.select("[data-similar-id]")]


def test_edit_view_lists_similar_contributions_most_similar_first_with_links(
    client: Client, evaluator, near_duplicates: dict
) -> None:
    first, again, short = near_duplicates["evening"]
    url = reverse("wagtailsnippets_beteiligung_contribution:edit", args=[first.pk])
    page = soup(client.get(url))

    ids = similar_ids(page)
    assert ids[:2] == [again.pk, Contribution.objects.get(text=EVENING_AGAIN + " Danke.").pk]
    assert short.pk in ids
    assert all(garbsen.pk not in ids for garbsen in near_duplicates["garbsen"])
    link = page.select_one(f"[data-similar-id='{again.pk}'] a")["href"]
    assert link == reverse("wagtailsnippets_beteiligung_contribution:edit", args=[again.pk])
    assert "88 %" in page.select_one(f"[data-similar-id='{again.pk}']").get_text()


def test_inspect_view_lists_similar_contributions(
    client: Client, evaluator, near_duplicates: dict
) -> None:
    garbsen, again = near_duplicates["garbsen"]
    url = reverse("wagtailsnippets_beteiligung_contribution:inspect", args=[garbsen.pk])
    page = soup(client.get(url))
    assert similar_ids(page) == [again.pk]
    assert "Ähnliche Beiträge" in page.get_text()


def test_inbox_groups_the_filtered_list_into_near_duplicates_with_a_count(
    client: Client, evaluator, near_duplicates: dict
) -> None:
    listing = soup(client.get("/admin/inbox/", {"topic": near_duplicates["education"].pk}))
    [group_link] = [a for a in listing.select("a") if "Ähnliche gruppieren" in a.get_text()]
    assert group_link["href"] == f"{SIMILAR}?topic={near_duplicates['education'].pk}"

    page = soup(client.get(group_link["href"]))

    groups = page.select("section.similar-group")
    members = [
        [int(item["data-contribution-id"]) for item in group.select("[data-contribution-id]")]
        for group in groups
    ]
    newest_first = [
        sorted((c.pk for c in near_duplicates[name]), reverse=True)
        for name in ("evening", "garbsen")
    ]
    assert members == newest_first  # the filter holds, the unconfirmed one stays out
    assert "3 ähnliche Beiträge" in groups[0].h2.get_text()
    answer_all = groups[0].find("a", string="Alle beantworten")["href"]
    assert answer_all.startswith(
        reverse("wagtail_bulk_action", args=["beteiligung", "contribution", "answer"])
    )
    assert all(f"id={pk}" in answer_all for pk in members[0])


def test_filters_refresh_the_groups_not_the_list(
    client: Client, evaluator, near_duplicates: dict
) -> None:
    page = soup(client.get(SIMILAR_RESULTS, {"topic": near_duplicates["education"].pk}))
    assert len(page.select("section.similar-group")) == 2
    assert page.select("table.listing") == []


def test_evaluator_answers_a_group_at_once_and_links_it_to_one_change(
    client: Client, commit, evaluator, near_duplicates: dict, consultation: ConsultationPage
) -> None:
    freeze(consultation, 1)
    block_id = consultation.paragraphs[-1].block_id

    def rework(raw):
        for block in raw:
            if block["id"] == block_id:
                block["value"] = "<p>Absatz 3.2 mit Sprachkursen am Abend</p>"

    second = freeze(edit(consultation, rework), 2)
    group = near_duplicates["evening"]
    url = reverse("wagtail_bulk_action", args=["beteiligung", "contribution", "answer"])
    ids = "&".join(f"id={c.pk}" for c in group)

    form = soup(client.get(f"{url}?next={SIMILAR}&{ids}"))
    assert form.select_one(f"input[name=changes][value='{second.pk}:{block_id}']") is not None

    with commit():
        response = client.post(
            f"{url}?next={SIMILAR}&{ids}",
            {
                "review_status": Status.ADOPTED,
                "public_answer": "Ab 2027 gibt es Abendkurse.",
                "changes": [f"{second.pk}:{block_id}"],
            },
        )
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == SIMILAR
    for contribution in group:
        contribution.refresh_from_db()
        assert contribution.review_status == Status.ADOPTED
        assert contribution.public_answer == "Ab 2027 gibt es Abendkurse."
        assert contribution.answered_at is not None
        assert [(link.version_id, link.block_id) for link in contribution.change_links.all()] == [
            (second.pk, block_id)
        ]
    # The one author who asked to be told gets the answer, once.
    assert len(mail.outbox) == 1
    # The others in the inbox are untouched.
    assert Contribution.objects.filter(public_answer="").count() == 4


def test_answering_a_group_needs_an_answer(
    client: Client, evaluator, near_duplicates: dict
) -> None:
    url = reverse("wagtail_bulk_action", args=["beteiligung", "contribution", "answer"])
    ids = "&".join(f"id={c.pk}" for c in near_duplicates["garbsen"])
    response = client.post(f"{url}?{ids}", {"review_status": Status.NOTED, "public_answer": ""})
    assert response.status_code == HTTPStatus.OK  # the form again, with its error
    assert not Contribution.objects.exclude(public_answer="").exists()


def test_only_evaluators_see_similar_contributions(client: Client, near_duplicates: dict) -> None:
    contribution = near_duplicates["evening"][0]
    edit_url = reverse("wagtailsnippets_beteiligung_contribution:edit", args=[contribution.pk])
    answer_url = reverse("wagtail_bulk_action", args=["beteiligung", "contribution", "answer"])

    assert client.get(SIMILAR)["Location"].startswith("/admin/login/")

    client.force_login(user_in("Moderation", "mo"))
    assert refused(client.get(SIMILAR))
    assert refused(client.get(SIMILAR_RESULTS))
    assert refused(client.get(edit_url))
    client.post(
        f"{answer_url}?id={contribution.pk}",
        {"review_status": Status.NOTED, "public_answer": "Nicht von einem Moderator."},
    )
    contribution.refresh_from_db()
    assert contribution.public_answer == ""

    client.force_login(user_in("Evaluation", "ev"))
    assert client.get(SIMILAR).status_code == HTTPStatus.OK


def test_grouping_runs_a_constant_number_of_queries(
    client: Client, evaluator, consultation: ConsultationPage
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        client.get(SIMILAR)
        with CaptureQueriesContext(connection) as context:
            assert client.get(SIMILAR).status_code == HTTPStatus.OK
        return len(context.captured_queries)

    for text in (EVENING, EVENING_AGAIN, GARBSEN, GARBSEN_AGAIN):
        ContributionFactory(consultation=consultation, text=text)
    few = queries()
    for text in (EVENING, EVENING_AGAIN, GARBSEN, GARBSEN_AGAIN) * 5:
        ContributionFactory(consultation=consultation, text=text)
    assert queries() == few
