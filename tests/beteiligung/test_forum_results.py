"""Results of a forum session reach the review inbox, once each, linked to the session."""

import json
import uuid

import pytest

from beteiligung.models import Contribution
from home.models import HomePage
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
