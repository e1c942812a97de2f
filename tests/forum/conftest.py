import pytest

from forum.models import ForumIndexPage, ForumSessionPage
from home.models import HomePage
from tests.forum.factories import ForumSessionPageFactory, make_forum


@pytest.fixture
def forum(home_page: HomePage) -> ForumIndexPage:
    return make_forum(home_page)


@pytest.fixture
def session(forum: ForumIndexPage) -> ForumSessionPage:
    return ForumSessionPageFactory(
        parent=forum, title="Wohnen in der Region", slug="wohnen", capacity=2
    )


@pytest.fixture
def registration_data(form_started: str) -> dict[str, str]:
    return {
        "name": "Amira Saleh",
        "email": "Amira@Example.org",
        "organisation": "",
        "interpretation": "ar",
        "accessibility_needs": "Rollstuhlplatz",
        "consent": "on",
        "started": form_started,
        "website": "",
    }
