"""One English word, two meanings: a message context keeps their translations apart."""

from django.template.loader import render_to_string
from django.utils import translation


def test_results_table_counts_in_anzahl_while_a_table_column_of_numbers_stays_zahl() -> None:
    with translation.override("de"):
        table = render_to_string("beteiligung/includes/results_table.html", {"rows": []})
        column_type = translation.gettext("Number")
    assert "Anzahl" in table
    assert column_type == "Zahl"
