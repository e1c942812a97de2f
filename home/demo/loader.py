"""Builds the demo site from the bilingual texts in `home.demo.pages`.

German pages are created as the editors would create them; English versions go through
wagtail-localize's own pipeline (translation source, string translations, publish), so
that the admin shows them as real translations an editor can go on working with. The
other languages are synchronised from German and show its content until translated.

Every step checks first what exists: running the loader again changes nothing.
"""

import json
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from beteiligung.demo import load_consultation_demo
from forum.demo import load_forum_demo
from home.models import ContentPage, HomePage, SiteSettings, Topic
from home.translation import translate_page

from . import pages as texts
from .glossary import Glossary

log = logging.getLogger(__name__)

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "teilhabe-demo"

FOOTER_PAGE_KEYS = {
    "imprint_page": "impressum",
    "privacy_page": "datenschutz",
    "accessibility_page": "barrierefreiheit",
    "easy_language_page": "leichte-sprache",
    "sign_language_page": "gebaerdensprache",
}


def _block(glossary: Glossary, pages_by_key: dict, block_type: str, value) -> dict:
    """Turns one block of the text module into StreamField data."""
    if block_type == "heading":
        return {"type": "heading", "value": {"text": glossary.text(value), "level": "h2"}}
    if block_type == "paragraph":
        return {"type": "paragraph", "value": glossary.rich_text(value)}
    if block_type == "list":
        return {"type": "paragraph", "value": glossary.bullet_list(value)}
    if block_type == "quote":
        return {
            "type": "quote",
            "value": {
                "text": glossary.text(value["text"]),
                "attribution": glossary.text(value["attribution"]),
            },
        }
    if block_type == "accordion":
        return {
            "type": "accordion",
            "value": {
                "title": glossary.text(value["title"]),
                "items": [
                    {
                        "question": glossary.text(item["question"]),
                        "answer": glossary.rich_text(item["answer"]),
                    }
                    for item in value["items"]
                ],
            },
        }
    if block_type == "contact":
        return {
            "type": "contact",
            "value": {
                "name": value["name"],
                "role": glossary.text(value["role"]),
                "phone": value.get("phone", ""),
                "email": value.get("email", ""),
                "note": glossary.text(value["note"]) if value.get("note") else "",
            },
        }
    if block_type == "call_to_action":
        return {
            "type": "call_to_action",
            "value": {
                "title": glossary.text(value["title"]),
                "text": glossary.text(value["text"]),
                "page": pages_by_key[value["page"]].pk,
                "url": "",
                "button_label": glossary.text(value["button_label"]),
            },
        }
    if block_type == "table":
        return {
            "type": "table",
            "value": {
                "caption": glossary.text(value["caption"]),
                "columns": [
                    {"type": "text", "heading": glossary.text(column)}
                    for column in value["columns"]
                ],
                "rows": [
                    {"values": [glossary.text(cell) for cell in row]} for row in value["rows"]
                ],
            },
        }
    raise ValueError(f"Unknown demo block type {block_type!r}")


def _stream(glossary: Glossary, pages_by_key: dict, blocks) -> str:
    return json.dumps([_block(glossary, pages_by_key, kind, value) for kind, value in blocks])


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def ensure_home_page(glossary: Glossary, locale: Locale) -> HomePage:
    """Replaces Wagtail's placeholder welcome page by the start page."""
    existing = HomePage.objects.filter(locale=locale).first()
    title = glossary.text(texts.HOME["title"])
    intro = glossary.rich_text(texts.HOME["intro"])
    if existing:
        return existing

    root = Page.get_first_root_node()
    home = HomePage(title=title, slug="start", intro=intro, locale=locale)
    root.add_child(instance=home)
    home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site else None
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
    if placeholder is not None and not isinstance(placeholder.specific, HomePage):
        placeholder.delete()
    return home


def add_announcements(glossary: Glossary, home: HomePage, pages_by_key: dict) -> None:
    data = [
        {
            "type": "announcement",
            "value": {
                "date": item["date"],
                "title": glossary.text(item["title"]),
                "text": glossary.text(item["text"]),
                "page": pages_by_key[item["page"]].pk if item.get("page") else None,
            },
        }
        for item in texts.HOME["announcements"]
    ]
    if not home.announcements:
        home.announcements = json.dumps(data)
        home.save_revision().publish()


def ensure_content_pages(glossary: Glossary, home: HomePage) -> dict[str, Page]:
    """Creates the German pages in two passes: first all pages, then their bodies,
    so that a body may link to any page, also to one that comes later."""
    pages_by_key: dict[str, Page] = {}
    created = []
    for spec in texts.PAGES:
        parent = pages_by_key[spec["parent"]] if spec["parent"] else home
        slug = glossary.text(spec["slug"])
        title = glossary.text(spec["title"])
        intro = glossary.text(spec["intro"])
        page = ContentPage.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = ContentPage(
                title=title, slug=slug, intro=intro, show_in_menus=spec["show_in_menus"]
            )
            parent.add_child(instance=page)
            created.append((page, spec))
        pages_by_key[spec["key"]] = page

    for page, spec in created:
        page.body = _stream(glossary, pages_by_key, spec["body"])
        page.save_revision().publish()
    # Texts of pages that already existed still belong in the glossary.
    for spec in texts.PAGES:
        _stream(glossary, pages_by_key, spec["body"])
    return pages_by_key


def ensure_site_settings(home: HomePage, pages_by_key: dict) -> None:
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    if site_settings.street_address:
        return
    site_settings.street_address = "Hildesheimer Straße 18"
    site_settings.postal_code = "30169"
    site_settings.city = "Hannover"
    site_settings.phone = "0511 616-00000"
    site_settings.email = "teilhabe@region-hannover.example"
    site_settings.opening_hours = json.dumps(
        [
            {
                "type": "hours",
                "value": {"first_day": "0", "last_day": "3", "opens": "09:00", "closes": "15:00"},
            },
            {
                "type": "hours",
                "value": {"first_day": "4", "last_day": "", "opens": "09:00", "closes": "12:00"},
            },
        ]
    )
    for field_name, key in FOOTER_PAGE_KEYS.items():
        setattr(site_settings, field_name, pages_by_key[key])
    site_settings.save()


def ensure_english(home: HomePage, pages_by_key: dict, locales: dict, glossary: Glossary) -> None:
    english = locales["en"]
    to_translate = [home] + [pages_by_key[spec["key"]] for spec in texts.PAGES if spec["translate"]]
    for page in to_translate:
        translation = page.get_translation_or_none(english)
        if translation is None or translation.alias_of_id:
            translate_page(page, english, glossary.entries)


def ensure_synchronised_trees(locales: dict) -> None:
    """Every language tree mirrors the German one; untranslated pages show German."""
    source = locales[settings.LANGUAGE_CODE]
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )


def ensure_topics(locales: dict) -> None:
    """The fields of action, named in every language (copies appear by themselves)."""
    for names in texts.TOPICS:
        german = Topic.objects.filter(slug=names["slug"], locale=locales["de"]).first()
        if german is None:
            german = Topic.objects.create(
                slug=names["slug"], name=names["de"], locale=locales["de"]
            )
        german.copy_to_every_locale()
        for version in Topic.objects.filter(translation_key=german.translation_key):
            name = names[version.locale.language_code]
            if version.name != name:
                version.name = name
                version.save(update_fields=["name"])


def ensure_admin() -> bool:
    user_model = get_user_model()
    if user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
        return False
    user_model.objects.create_superuser(
        DEMO_ADMIN_USERNAME, "admin@region-hannover.example", DEMO_ADMIN_PASSWORD
    )
    return True


def load_demo_content() -> HomePage:
    glossary = Glossary()
    with transaction.atomic():
        locales = ensure_locales()
        ensure_topics(locales)
        home = ensure_home_page(glossary, locales[settings.LANGUAGE_CODE])
        pages_by_key = ensure_content_pages(glossary, home)
        add_announcements(glossary, home, pages_by_key)
        ensure_site_settings(home, pages_by_key)
        ensure_english(home, pages_by_key, locales, glossary)
        load_consultation_demo(home, locales)
        load_forum_demo(home, locales)
        ensure_synchronised_trees(locales)
        ensure_admin()
    return home
