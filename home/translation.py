"""Translating pages in code through wagtail-localize's own pipeline."""

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate_page(page: Page, locale: Locale, strings: dict[str, str]) -> Page:
    """Translates a page with wagtail-localize, as an editor does in its translation view.

    `strings` maps source strings to their translations; segments it does not know keep
    the source text. Returns the published translation."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        translated = strings.get(segment.string.data)
        if translated is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # wagtail-localize would publish on commit, from a page object that is stale by then
    # when more pages are translated in the same transaction (their parent's child count
    # would be written back as it was). Publishing the fresh revision now avoids that.
    translation, _ = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True, fallback=True
    )
    Page.objects.get(pk=translation.pk).get_latest_revision().publish()
    translation.refresh_from_db()
    return translation
