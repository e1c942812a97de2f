"""What people typed reaches staff spreadsheets as text: a cell that a spreadsheet would
read as a formula gets a leading apostrophe (OWASP "CSV injection")."""

import pytest

from home.exports import spreadsheet_text


@pytest.mark.parametrize("typed", ["=1+1", "+49 170", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_text_that_starts_like_a_formula_is_shown_as_text(typed: str) -> None:
    assert spreadsheet_text(typed) == f"'{typed}"


@pytest.mark.parametrize("value", ["Ana", "", "1+1=2", "a@example.org", 42, -3, None])
def test_everything_else_is_left_as_it_is(value) -> None:
    assert spreadsheet_text(value) == value
