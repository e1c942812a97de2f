"""Every public page type, uncached but warm (menus and settings from the cache, no
page cache), at two sizes of the page tree. Run with `make benchmarks`."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from beteiligung.models import FeedbackPage
from tests.benchmarks.harness import PAGE_TARGET, TRIVIAL_URL, measure, report
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.factories import ContentPageFactory, make_site
from tests.forum.factories import ForumSessionPageFactory, make_forum

SIZES = [10, 500]


@pytest.mark.django_db
def test_every_public_page_at_growing_tree_sizes() -> None:
    client = Client()
    home = make_site()
    section = ContentPageFactory(parent=home, slug="abschnitt")
    for _ in range(5):
        ContentPageFactory(parent=home)
        ContentPageFactory(parent=section)
    ContentPageFactory(parent=section, slug="unterseite")
    consultation = make_consultation(home)
    paragraph = consultation.paragraphs[1].block_id
    for _ in range(5):
        ContributionFactory(consultation=consultation, block_id=paragraph)
    forum = make_forum(home)
    session = ForumSessionPageFactory(
        parent=forum, slug="wohnen", start=timezone.now() + datetime.timedelta(days=7)
    )
    home.add_child(instance=FeedbackPage(title="Rückmeldung", slug="rueckmeldung", intro="x"))
    pages = [
        ("home page", "/"),
        ("home page, English (not translated)", "/en/"),
        ("content page (section)", "/abschnitt/"),
        ("content page (leaf)", "/abschnitt/unterseite/"),
        ("search", "/suche/?q=Seite"),
        ("consultation overview", consultation.get_parent().url),
        ("consultation", consultation.url),
        ("paragraph with 5 comments", f"{consultation.url}paragraph/{paragraph}/"),
        ("consultation results", f"{consultation.url}results/"),
        ("feedback form", "/rueckmeldung/"),
        ("forum overview", forum.url),
        ("forum session", session.url),
        ("forum registration form", f"{session.url}register/"),
        ("forum calendar feed", "/forum/calendar.ics"),
    ]
    # The tree grows elsewhere: an archive whose pages are in no menu or listing measured.
    archive = ContentPageFactory(parent=home, slug="archiv", show_in_menus=False)
    queries_by_size = {}
    built = 0
    for size in SIZES:
        for _ in range(built, size):
            ContentPageFactory(parent=archive, show_in_menus=False)
        built = size
        trivial = measure(client, "trivial page (health check)", TRIVIAL_URL)
        figures = [
            measure(client, label, url, seconds=1.0, target=PAGE_TARGET) for label, url in pages
        ]
        report(f"{size} pages in the tree", figures, trivial)
        queries_by_size[size] = [figure.queries for figure in figures]
    # Figures are printed, not judged; the query count must not grow with the tree.
    assert queries_by_size[SIZES[0]] == queries_by_size[SIZES[-1]]
