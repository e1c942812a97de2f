import pytest

from beteiligung.models import ConsultationPage
from home.models import HomePage
from tests.beteiligung.factories import make_consultation, user_in


@pytest.fixture
def consultation(home_page: HomePage) -> ConsultationPage:
    return make_consultation(home_page)


@pytest.fixture
def comment_data(form_started: str) -> dict[str, str]:
    return {
        "text": "Bitte mehr Sprachkurse am Abend.\nAuch am Wochenende.",
        "author_name": "Ana",
        "email": "ana@example.org",
        "consent": "on",
        "started": form_started,
        "website": "",
    }


@pytest.fixture
def evaluator(client):
    """A member of the Evaluation group, logged in."""
    user = user_in("Evaluation", "eva")
    client.force_login(user)
    return user
