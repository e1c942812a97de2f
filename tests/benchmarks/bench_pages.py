"""Home and content page at two sizes of the page tree. Run with `make benchmarks`."""

import pytest
from django.test import Client

from tests.benchmarks.harness import TRIVIAL_URL, measure, report
from tests.factories import ContentPageFactory, make_site

SIZES = [10, 500]


@pytest.mark.django_db
def test_home_and_content_page_at_growing_tree_sizes() -> None:
    client = Client()
    home = make_site()
    section = ContentPageFactory(parent=home, slug="abschnitt")
    for _ in range(5):
        ContentPageFactory(parent=home)
        ContentPageFactory(parent=section)
    ContentPageFactory(parent=section, slug="unterseite")
    # The tree grows elsewhere: an archive whose pages are in no menu or listing measured.
    archive = ContentPageFactory(parent=home, slug="archiv", show_in_menus=False)
    figures_by_size = {}
    built = 0
    for size in SIZES:
        for _ in range(built, size):
            ContentPageFactory(parent=archive, show_in_menus=False)
        built = size
        trivial = measure(client, "trivial page (health check)", TRIVIAL_URL)
        figures = [
            measure(client, "home page", "/"),
            measure(client, "content page (section)", "/abschnitt/"),
            measure(client, "content page (leaf)", "/abschnitt/unterseite/"),
        ]
        report(f"{size} pages in the tree", figures, trivial)
        figures_by_size[size] = [figure.queries for figure in figures]
    # Figures are printed, not judged; the query count must not grow with the tree.
    assert figures_by_size[SIZES[0]] == figures_by_size[SIZES[-1]]
