"""Translating pages in code through wagtail-localize's own pipeline."""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links


def translate_page(page: Page, locale: Locale, strings: dict[str, str]) -> Page:
    """Translates a page with wagtail-localize, as an editor does in its translation view.

    `strings` maps source strings to their translations; segments it does not know keep
    the source text. Returns the published translation."""
    return translate_page_into(page, {locale: strings})[locale]


def translate_page_into(page: Page, strings: dict[Locale, dict[str, str]]) -> dict[Locale, Page]:
    """Translates a page into several languages at once: the translation source is synced
    once, then each language's segments are filled and its translation published.
    `strings` maps each locale to its source strings and their translations."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    translations = {}
    for locale, known in strings.items():
        Translation.objects.get_or_create(source=source, target_locale=locale)
        _store_strings(segments, locale, known)
        # wagtail-localize would publish on commit, from a page object that is stale by then
        # when more pages are translated in the same transaction (their parent's child count
        # would be written back as it was). Publishing the fresh revision now avoids that.
        translation, _ = source.create_or_update_translation(
            locale, publish=False, copy_parent_pages=True, fallback=True
        )
        Page.objects.get(pk=translation.pk).get_latest_revision().publish()
        translation.refresh_from_db()
        translations[locale] = translation
    return translations


def _store_strings(segments: list[StringSegment], locale: Locale, known: dict[str, str]) -> None:
    """Saves the translations of the segments `known` has, as the editor's translation
    view saves them (manual translations), in one query and a bulk write or two. Like
    `StringTranslation.save`, marks a translation whose HTML or links do not fit its source
    as having an error, so that the page keeps the source text there."""
    sources = {segment.string_id: segment.string.data for segment in segments}
    wanted = {
        (segment.string_id, segment.context_id): known[segment.string.data]
        for segment in segments
        if segment.string.data in known
    }
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, translation_of_id__in={string for string, _ in wanted}
        )
    }
    manual, now = StringTranslation.TRANSLATION_TYPE_MANUAL, timezone.now()
    changed, new = [], []
    for (string, context), data in wanted.items():
        row = existing.get((string, context))
        if row is None:
            row = StringTranslation(translation_of_id=string, locale=locale, context_id=context)
            new.append(row)
        elif row.data == data and row.translation_type == manual:
            continue
        else:
            changed.append(row)
        row.data, row.translation_type, row.updated_at = data, manual, now
        row.has_error = not _fits(sources[string], data)
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(
        changed, ["data", "translation_type", "updated_at", "has_error"]
    )


def _fits(source: str, translated: str) -> bool:
    try:
        StringValue.from_translated_html(translated)
        validate_translation_links(source, translated)
    except ValueError:
        return False
    return True


def shows_source_text(page: Page) -> bool:
    """True for a translated page (not an alias) that still shows source text where some
    language has a translation: text that needs translating and was not translated into
    this page's language yet, which wagtail-localize fills with the original. Names and
    numbers that no language translates do not count. One query."""
    if page.alias_of_id or not page.pk:
        return False
    translated_elsewhere = StringTranslation.objects.filter(
        translation_of=OuterRef("string"), context=OuterRef("context"), has_error=False
    ).exclude(locale_id=page.locale_id)
    translated_here = StringTranslation.objects.filter(
        translation_of=OuterRef("string"),
        context=OuterRef("context"),
        locale_id=page.locale_id,
        has_error=False,
    )
    return (
        StringSegment.objects.filter(source__object_id=page.translation_key)
        .exclude(source__locale_id=page.locale_id)
        .filter(Exists(translated_elsewhere))
        .exclude(Exists(translated_here))
        .exists()
    )
