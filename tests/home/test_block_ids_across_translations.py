"""Comments hang on StreamField block ids: a translation must keep them, also after the
source was reordered, extended and synced again."""

import json
import uuid

import pytest
from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.models import ContentPage, HomePage
from tests.factories import ContentPageFactory, translate

pytestmark = pytest.mark.django_db


def block_ids(page: ContentPage) -> list[str]:
    return [block.id for block in page.body]


def test_arabic_translation_keeps_block_ids_after_reorder_and_sync(home_page: HomePage) -> None:
    page = ContentPageFactory(
        parent=home_page,
        body=[("paragraph", "<p>Erster Absatz.</p>"), ("paragraph", "<p>Zweiter Absatz.</p>")],
    )
    arabic = translate(page, "ar", {"Erster Absatz.": "الفقرة الأولى."})
    assert block_ids(arabic) == block_ids(page)

    # The editor swaps the paragraphs and adds a third; the translation is synced.
    first, second = page.body.raw_data
    third = {"type": "paragraph", "value": "<p>Dritter Absatz.</p>", "id": str(uuid.uuid4())}
    page.body = json.dumps([second, first, third])
    page.save_revision().publish()
    page.refresh_from_db()
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    with TestCase.captureOnCommitCallbacks(execute=True):
        source.create_or_update_translation(Locale.objects.get(language_code="ar"), fallback=True)

    arabic.refresh_from_db()
    assert block_ids(arabic) == block_ids(page)
    assert "الفقرة الأولى." in str(arabic.body[1].value)
