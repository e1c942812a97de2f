"""A page view runs the same number of queries however much content there is."""

import pytest
from django.test import Client

from home.models import HomePage
from tests.factories import ContentPageFactory
from tests.support.queries import assert_constant_and_bounded, queries_for

pytestmark = pytest.mark.django_db


def grow(home_page: HomePage, section, count: int) -> None:
    for _ in range(count):
        ContentPageFactory(parent=home_page)
        ContentPageFactory(parent=section)


@pytest.mark.parametrize(
    "url", ["/", "/en/", "/abschnitt/", "/abschnitt/unterseite/", "/suche/?q=Seite"]
)
def test_page_queries_do_not_grow_with_the_number_of_pages(
    client: Client, home_page: HomePage, url: str
) -> None:
    section = ContentPageFactory(parent=home_page, slug="abschnitt")
    ContentPageFactory(parent=section, slug="unterseite")
    grow(home_page, section, 2)
    small = queries_for(client, url)
    grow(home_page, section, 25)
    large = queries_for(client, url)
    assert_constant_and_bounded(small, large)
