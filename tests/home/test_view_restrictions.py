"""While no page is restricted, serving a page asks the database nothing about view
restrictions (`home.caching.CachedViewRestrictions`); the moment an editor restricts a
page, it and the pages below it ask for the password again and leave the lists."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import HomePage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def restriction_queries(client: Client, path: str) -> tuple[int, list[str]]:
    """The response's status and the queries it ran that read view restrictions."""
    client.get(path)  # warm
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    sql = [query["sql"] for query in context.captured_queries]
    return response.status_code, [q for q in sql if "wagtailcore_pageviewrestriction" in q]


def test_without_any_restriction_no_query_asks_for_one(
    client: Client, home_page: HomePage, settings
) -> None:
    settings.PAGE_CACHE_SECONDS = 0  # each page rendered, not taken from the page cache
    section = ContentPageFactory(parent=home_page, slug="beratung")
    ContentPageFactory(parent=section, slug="orientierung")
    for path in ("/", "/beratung/", "/beratung/orientierung/"):
        status, queries = restriction_queries(client, path)
        assert status == 200
        assert queries == [], path


def test_a_new_restriction_protects_the_page_and_the_pages_below_at_once(
    client: Client, home_page: HomePage
) -> None:
    section = ContentPageFactory(parent=home_page, title="Intern", slug="intern")
    ContentPageFactory(parent=section, slug="protokoll")
    ContentPageFactory(parent=home_page, title="Beratung", slug="beratung")
    for path in ("/", "/intern/", "/intern/protokoll/"):
        assert client.get(path).status_code == 200  # and cached, as far as it may be

    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    for path in ("/intern/", "/intern/protokoll/"):
        response = client.get(path)
        assert response.status_code == 200
        assert 'name="password"' in response.text, path
        assert "wagtailcore/password_required.html" in [t.name for t in response.templates]
    menu = BeautifulSoup(client.get("/").text, "html.parser").select(".main-menu a")
    assert [link.get_text() for link in menu] == ["Beratung"]
