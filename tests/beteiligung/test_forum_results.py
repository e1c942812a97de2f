"""Results of a forum session reach the review inbox, once each, linked to the session."""

import json
import uuid
from http import HTTPStatus

import pytest
from django.test import Client

from beteiligung.models import Contribution
from home.models import HomePage
from tests.beteiligung.factories import ContributionFactory, user_in
from tests.beteiligung.test_review import INBOX
from tests.factories import TopicFactory
from tests.forum.factories import ForumSessionPageFactory, make_forum

pytestmark = pytest.mark.django_db


def test_published_results_become_contributions_once(home_page: HomePage) -> None:
    session = ForumSessionPageFactory(parent=make_forum(home_page))
    session.results = [("result", "Mehr Beratung in Leichter Sprache"), ("result", "Abendtermine")]
    session.save_revision().publish()
    session.save_revision().publish()  # publishing again adds nothing

    results = Contribution.objects.filter(source=Contribution.Source.FORUM_RESULT)
    assert sorted(results.values_list("text", flat=True)) == [
        "Abendtermine",
        "Mehr Beratung in Leichter Sprache",
    ]
    assert {c.forum_session_id for c in results} == {session.pk}
    assert {c.block_id for c in results} == {block.id for block in session.results}

    added = {"type": "result", "value": "Dolmetschpool", "id": str(uuid.uuid4())}
    session.results = json.dumps([*session.results.raw_data, added])
    session.save_revision().publish()
    assert results.all().count() == 3  # .all(): a fresh query, not the cached rows


def test_evaluator_finds_a_forum_result_by_its_field_of_action(
    client: Client, home_page: HomePage
) -> None:
    housing = TopicFactory(name="Wohnen", slug="housing")
    session = ForumSessionPageFactory(parent=make_forum(home_page), topic=housing)
    session.results = [("result", "Mehr bezahlbare Wohnungen")]
    session.save_revision().publish()
    ContributionFactory(text="Ein Kommentar ohne Handlungsfeld")
    client.force_login(user_in("Evaluation", "eva"))

    response = client.get(INBOX, {"topic": housing.pk})

    assert response.status_code == HTTPStatus.OK
    assert [item.text for item in response.context["object_list"]] == ["Mehr bezahlbare Wohnungen"]
