import datetime

import pytest
from wagtail.blocks import StructBlockValidationError

from home.blocks import CallToActionBlock, ContactBlock, OpeningHoursBlock


def test_call_to_action_needs_exactly_one_target() -> None:
    block = CallToActionBlock()
    value = block.to_python({"title": "T", "button_label": "Los", "page": None, "url": ""})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "page" in error.value.block_errors


def test_contact_needs_a_way_to_reach_the_person() -> None:
    block = ContactBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"name": "Front Office"}))
    assert "phone" in error.value.block_errors


def test_opening_hours_must_close_after_opening() -> None:
    block = OpeningHoursBlock()
    value = block.to_python({"first_day": "0", "last_day": "", "opens": "12:00", "closes": "09:00"})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "closes" in error.value.block_errors


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Montag–Donnerstag 09:00–15:00"), ("en", "Monday–Thursday")],
)
def test_opening_hours_are_shown_in_the_visitors_language(language: str, expected: str) -> None:
    from django.utils import translation

    block = OpeningHoursBlock()
    value = block.to_python(
        {"first_day": "0", "last_day": "3", "opens": "09:00", "closes": "15:00"}
    )
    assert value["opens"] == datetime.time(9, 0)
    with translation.override(language):
        assert expected in block.render(value)
