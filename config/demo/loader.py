"""Builds the demo site from the data files in `data/`, in one layout for every app.

German pages are created as editors create them; the pages marked `translate` are
translated into every other site language through wagtail-localize's own pipeline
(`home.translation.translate_page_into`), so that the admin shows them as real translations
an editor can go on working with. English comes from the `en` texts in the page files, the
other languages from their files in `data/translations/`; a text without a translation
stays German. The remaining pages are synchronised from German
and show its content until translated.

Search and reference indexes are brought up to date once at the end (`indexing`), not on
every save.

Every step checks first what exists: running the loader again changes nothing. The rows
that belong to a page (comments, feedback, registrations) are created with the page.
"""

import datetime
import html
import json
import uuid
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files import File
from django.db import models, transaction
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from beteiligung import cycle
from beteiligung.models import ChangeLink, ConceptVersion, ConsultationPage, Contribution, Support
from forum.models import TIME_ZONE, ForumSessionPage, Registration
from home.models import HomePage, SiteSettings, Topic
from home.translation import translate_page_into

from .indexing import deferred_index_updates

DATA = Path(__file__).parent / "data"
#: Files the demo pages use (videos, captions), uploaded as documents.
MEDIA = Path(__file__).parent / "media"
#: One file of text leaves per language besides German and English.
TRANSLATIONS = DATA / "translations"
#: The page files in the order they are loaded: a page's parent comes before it.
PARTS = ["site", "consultation", "forum"]
LANGUAGES = {code for code, _ in settings.LANGUAGES}
#: The languages pages are translated into.
TARGET_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
#: Keys of a page's data that are not fields of its model.
PAGE_KEYS = {"key", "type", "parent", "translate", "comments", "feedback", "registrations"}
#: Blocks whose text is rich text even when it is a single paragraph.
RICH_BLOCKS = {"paragraph", "goal", "measure"}

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "teilhabe-demo"


def read(name: str, folder: Path = DATA) -> dict:
    with open(folder / f"{name}.yaml", encoding="utf-8") as file:
        return yaml.load(file, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def read_translations(language: str) -> dict:
    """A language's translation file (its `texts` are text leaves), empty where none exists."""
    if not (TRANSLATIONS / f"{language}.yaml").exists():
        return {}
    return read(language, TRANSLATIONS)


def is_leaf(node) -> bool:
    """A text leaf maps language codes to a text or to a list of paragraphs."""
    return isinstance(node, dict) and node.keys() <= LANGUAGES


def leaves(node):
    """Every text leaf in a piece of data."""
    if is_leaf(node):
        yield node
    elif isinstance(node, dict | list):
        for child in node.values() if isinstance(node, dict) else node:
            yield from leaves(child)


class Glossary:
    """Pairs every German text of the demo with its translations, language by language."""

    def __init__(self, *data) -> None:
        self.translations: dict[str, dict[str, str]] = {}
        for leaf in leaves(list(data)):
            for language, text in leaf.items():
                if language != "de":
                    self.add(language, leaf["de"], text)

    def add(self, language: str, german: str | list, translated: str | list) -> None:
        if isinstance(german, list):
            for pair in zip(german, translated, strict=True):
                self.add(language, *pair)
            return
        known = self.translations.setdefault(language, {}).setdefault(german, translated)
        if known != translated:
            raise ValueError(f"{german!r} has two {language} texts: {known!r}, {translated!r}")
        # Rich-text segments hold HTML, where these characters arrive escaped.
        escaped = html.escape(german, quote=False)
        self.translations[language][escaped] = html.escape(translated, quote=False)

    def to(self, language: str) -> dict[str, str]:
        return self.translations.get(language, {})

    @classmethod
    def for_demo(cls) -> "Glossary":
        """Every text of the demo: the page files' own languages and the translation files."""
        return cls(
            *(read(name) for name in [*PARTS, "revision", "topics"]),
            *(read_translations(language) for language in TARGET_LANGUAGES),
        )


def _html(paragraphs: str | list[str], tag: str = "p") -> str:
    paragraphs = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    return "".join(f"<{tag}>{html.escape(text, quote=False)}</{tag}>" for text in paragraphs)


def _value(value, pages: dict, rich: bool = False):
    """German text for a leaf (rich text for a list of paragraphs), pages for page keys,
    documents for `{document: file name}`."""
    if is_leaf(value):
        return _html(value["de"]) if rich or isinstance(value["de"], list) else value["de"]
    if isinstance(value, dict) and value.keys() == {"document"}:
        return ensure_document(value["document"]).pk
    if isinstance(value, dict):
        return {k: pages[v].pk if k == "page" else _value(v, pages) for k, v in value.items()}
    return [_value(item, pages) for item in value] if isinstance(value, list) else value


def _block(kind: str, value, pages: dict) -> dict:
    if kind == "list":
        return {"type": "paragraph", "value": f"<ul>{_html(value['de'], tag='li')}</ul>"}
    if kind == "heading":
        value = {"text": value, "level": "h2"}
    return {"type": kind, "value": _value(value, pages, rich=kind in RICH_BLOCKS)}


def ensure_document(name: str) -> Document:
    """The document uploaded from `media/<name>`, as an editor would upload it (once)."""
    document = Document.objects.filter(title=name).first()
    if document is None:
        with open(MEDIA / name, "rb") as file:
            document = Document.objects.create(title=name, file=File(file, name=name))
    return document


def _topic(slug: str) -> Topic:
    return Topic.objects.get(slug=slug, locale__language_code=settings.LANGUAGE_CODE)


def _fields(model, data: dict, pages: dict) -> dict:
    """Field values for `model` from its data: a list under a StreamField holds blocks,
    under a child relation child objects; an integer for a date and time counts days
    from now; foreign keys name a page by its key or a field of action by its slug."""
    values = {}
    for name, value in data.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            value = json.dumps([_block(k, v, pages) for block in value for k, v in block.items()])
        elif field.one_to_many:
            value = [field.related_model(**_fields(field.related_model, v, pages)) for v in value]
        elif field.many_to_one:
            value = pages[value] if issubclass(field.related_model, Page) else _topic(value)
        elif isinstance(field, models.DateTimeField) and isinstance(value, int):
            value = timezone.now() + datetime.timedelta(days=value)
        else:
            value = field.to_python(_value(value, pages))
        values[name] = value
    return values


def _names_a_page(value) -> bool:
    if isinstance(value, dict):
        return "page" in value or any(_names_a_page(v) for v in value.values())
    return isinstance(value, list) and any(_names_a_page(v) for v in value)


def _session_day(data: dict, today: datetime.date) -> dict:
    """Past forum sessions have a `date`; upcoming ones fall on the Wednesday `weeks_ahead`
    weeks after today, so that the demo always has sessions to register for."""
    day = data.pop("date", None)
    if day is None:
        day = today + datetime.timedelta(weeks=data.pop("weeks_ahead"))
        day += datetime.timedelta(days=(2 - day.weekday()) % 7)
    for name in ("start", "end"):
        clock = datetime.time.fromisoformat(data[name])
        data[name] = datetime.datetime.combine(day, clock, tzinfo=TIME_ZONE)
    return data


def ensure_pages(specs: list[dict], pages: dict, today: datetime.date) -> None:
    """Creates the German pages that are missing, parents first. Fields that name other
    pages are filled once all pages exist, so that a page may link to one that comes later."""
    created = []
    for spec in specs:
        model = apps.get_model(spec["type"])
        parent = pages[spec["parent"]] if "parent" in spec else Page.get_first_root_node()
        slug = _value(spec["slug"], pages)
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            data = {k: v for k, v in spec.items() if k not in PAGE_KEYS and not _names_a_page(v)}
            if issubclass(model, ForumSessionPage):
                data = _session_day(data, today)
            page = model(**_fields(model, data, pages))
            parent.add_child(instance=page)
            if parent.is_root():
                _become_site_root(page)
            created.append((page, spec))
        pages[spec["key"]] = page

    for page, spec in created:
        links = {k: v for k, v in spec.items() if k not in PAGE_KEYS and _names_a_page(v)}
        for name, value in _fields(type(page), links, pages).items():
            setattr(page, name, value)
        page.save_revision().publish()
        _add_rows(page, spec)


def _become_site_root(home: Page) -> None:
    """The start page replaces Wagtail's placeholder welcome page as the site's root."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        return
    placeholder = site.root_page
    site.root_page, site.site_name = home, settings.WAGTAIL_SITE_NAME
    site.save()
    if not isinstance(placeholder.specific, HomePage):
        placeholder.delete()


def _add_rows(page: Page, spec: dict) -> None:
    if spec.get("comments"):
        paragraphs = {paragraph.number: paragraph for paragraph in page.paragraphs}
        for index, comment in enumerate(spec["comments"]):
            # The demo spreads the comments over the phase, five hours apart.
            moment = page.opens_at + datetime.timedelta(hours=5 * index + 3)
            add_comment(page, paragraphs.get(comment.get("paragraph")), comment, moment)
    now = timezone.now()
    for number, feedback in enumerate(spec.get("feedback", [])):
        add_feedback(feedback, number, now - datetime.timedelta(days=20 - number * 5))
    for number, person in enumerate(spec.get("registrations", []), start=1):
        add_registration(page, number, person, now)


def _review(spec: dict, answered_at: datetime.datetime) -> dict:
    if "review_status" not in spec:
        return {}
    answer = spec.get("answer", "")
    return {
        "review_status": spec["review_status"],
        "public_answer": answer,
        "answered_at": answered_at if answer else None,
    }


def add_contribution(**fields) -> Contribution:
    """One contribution from a person who confirmed their address when they wrote it."""
    contribution = Contribution.objects.create(privacy_notice_version="demo", **fields)
    # created_at is set on insert; the demo moves it to when the contribution was written.
    Contribution.objects.filter(pk=contribution.pk).update(created_at=fields["confirmed_at"])
    return contribution


def add_comment(
    consultation: ConsultationPage, paragraph, spec: dict, moment, parent=None
) -> Contribution:
    """A comment on a paragraph (or the whole draft) with its replies and supports."""
    status = spec.get("status", Contribution.ModerationStatus.PUBLISHED)
    if spec.get("organisation"):
        source = Contribution.Source.STATEMENT
    elif paragraph:
        source = Contribution.Source.PARAGRAPH_COMMENT
    else:
        source = Contribution.Source.DOCUMENT_COMMENT
    comment = add_contribution(
        consultation=consultation,
        block_id=paragraph.block_id if paragraph else "",
        paragraph_number=paragraph.number if paragraph else "",
        parent=parent,
        source=source,
        text=spec["text"],
        author_name=spec["author"],
        organisation=spec.get("organisation", ""),
        email=f"demo-{uuid.uuid4().hex[:8]}@example.org",
        topic=_topic(spec["topic"]) if "topic" in spec else None,
        language=spec["language"],
        moderation_status=status,
        moderation_reason=spec.get("reason", ""),
        confirmed_at=moment,
        published_at=moment if status == Contribution.ModerationStatus.PUBLISHED else None,
        **_review(spec, moment + datetime.timedelta(days=2)),
    )
    for offset, reply in enumerate(spec.get("replies", []), start=1):
        later = moment + datetime.timedelta(hours=offset * 2)
        add_comment(consultation, paragraph, reply, later, parent=comment)
    for number in range(spec.get("supports", 0)):
        add_support(comment, number, moment)
    return comment


def add_support(comment: Contribution, number: int, moment) -> Support:
    email_hash = f"demo-{comment.pk}-{number}"
    return Support.objects.create(contribution=comment, email_hash=email_hash, confirmed_at=moment)


def add_feedback(spec: dict, number: int, moment) -> Contribution:
    """A message from the feedback form, waiting in the inbox or answered."""
    return add_contribution(
        source=Contribution.Source.FEEDBACK,
        text=spec["text"],
        author_name=spec.get("author", ""),
        email=f"demo-feedback-{number}@example.org",
        language=spec["language"],
        moderation_status=Contribution.ModerationStatus.PENDING,
        confirmed_at=moment,
        **_review(spec, moment),
    )


def add_registration(session: ForumSessionPage, number: int, person: dict, now) -> Registration:
    """A confirmed seat, entered as staff would enter it (without sending mail)."""
    return Registration.objects.create(
        session=session,
        status=Registration.Status.CONFIRMED,
        source=Registration.Source.STAFF,
        sequence=number,
        requested_at=now,
        confirmed_at=now,
        **person,
    )


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def ensure_topics(locales: dict[str, Locale]) -> None:
    """The fields of action, named in every language (copies appear by themselves)."""
    german_locale = locales[settings.LANGUAGE_CODE]
    for spec in read("topics")["topics"]:
        names = spec["name"]
        german = Topic.objects.filter(slug=spec["slug"], locale=german_locale).first()
        if german is None:
            german = Topic.objects.create(slug=spec["slug"], name=names["de"], locale=german_locale)
        german.copy_to_every_locale()
        versions = Topic.objects.filter(translation_key=german.translation_key)
        for version in versions.select_related("locale"):
            name = names.get(version.locale.language_code, names["de"])
            if version.name != name:
                version.name = name
                version.save(update_fields=["name"])


def load_part(
    name: str,
    pages: dict,
    today: datetime.date | None = None,
    glossary: Glossary | None = None,
) -> dict[str, Page]:
    """Loads one page file below the pages known by key (`start`: the German start page)
    and translates its pages marked `translate` into every other language."""
    data = read(name)
    ensure_pages(data["pages"], pages, today or timezone.localdate(timezone=TIME_ZONE))
    glossary = glossary or Glossary.for_demo()
    locales = Locale.objects.filter(language_code__in=TARGET_LANGUAGES)
    for page in (pages[spec["key"]] for spec in data["pages"] if spec.get("translate")):
        missing = [locale for locale in locales if not _is_translated(page, locale)]
        if missing:
            translate(page, missing, glossary)
    return pages


def _is_translated(page: Page, locale: Locale) -> bool:
    translation = page.get_translation_or_none(locale)
    return translation is not None and not translation.alias_of_id


def translate(page: Page, locales, glossary: Glossary) -> None:
    """Translates (or brings up to date) a German page in the given languages."""
    strings = {locale: glossary.to(locale.language_code) for locale in locales}
    translate_page_into(page, strings)


def ensure_site_settings(pages: dict, data: dict) -> None:
    """Fills the settings that are empty; what an editor entered stays."""
    site_settings = SiteSettings.for_site(Site.objects.get(root_page=pages["start"]))
    for name, value in _fields(SiteSettings, data, pages).items():
        if not site_settings.serializable_value(name):
            setattr(site_settings, name, value)
    site_settings.save()


def ensure_synchronised_trees(locales: dict[str, Locale]) -> None:
    """Every language tree mirrors the German one; untranslated pages show German.

    Saving a synchronisation one by one makes wagtail-localize read the whole page tree
    again for each language; here the tree is read once and every language synchronised
    from that reading (the same `synchronize_tree` the signal would run), and then the
    synchronisations are stored in bulk, which sends no signal to start it all again."""
    source = locales[settings.LANGUAGE_CODE]
    synchronised = set(LocaleSynchronization.objects.values_list("locale_id", flat=True))
    missing = [
        locale
        for code, locale in locales.items()
        if code != settings.LANGUAGE_CODE and locale.pk not in synchronised
    ]
    if not missing:
        return
    page_index = PageIndex.from_database().sort_by_tree_position()
    for locale in missing:
        synchronize_tree(source, locale, page_index=page_index)
    LocaleSynchronization.objects.bulk_create(
        LocaleSynchronization(locale=locale, sync_from=source) for locale in missing
    )


def ensure_revision(pages: dict, glossary: Glossary) -> None:
    """Versions 1 and 2 of the draft (revision.yaml), each change of version 2 linked to
    the contributions behind it. Version 1 is frozen first, and the comments are marked as
    written on it; then the German page is edited as an editor would and its translations
    brought up to date through wagtail-localize."""
    data = read("revision")
    page = pages[data["consultation"]].specific
    if ConceptVersion.objects.filter(consultation=page).exists():
        return
    first, second = data["versions"]
    written = Contribution.objects.filter(consultation__translation_key=page.translation_key)
    version = _freeze(page, first)
    written.update(version=version, revision_id=page.live_revision_id)

    raw = page.document.get_prep_value()
    by_number = {block.number: block.block_id for block in cycle.comparison.number_blocks(raw)}
    changed = {}  # the block each change made or changed, by the paragraph it names
    for change in data["changes"]:
        changed[change["paragraph"]] = _apply(
            raw, by_number[change["paragraph"]], change, by_number
        )
    page.document = json.dumps(raw)
    page.save_revision().publish()
    page = ConsultationPage.objects.get(pk=page.pk)
    translate(page, Locale.objects.filter(language_code__in=TARGET_LANGUAGES), glossary)
    version = _freeze(page, second)

    for change in data["changes"]:
        for cause in change.get("because", []):
            _link(version, changed[change["paragraph"]], page, cause)


def _freeze(page: ConsultationPage, spec: dict) -> ConceptVersion:
    dates = {"opens_at": timezone.localdate(page.opens_at), "today": timezone.localdate()}
    return cycle.freeze_version(
        page, name=spec["name"], step=spec["step"], date=dates[spec["date"]], note=spec["note"]
    )


def _apply(raw: list[dict], block_id: str, change: dict, by_number: dict) -> str:
    """One change of revision.yaml, on the German document's raw data; returns the id of
    the block the change is about (for an insertion: the new block)."""
    index = next(i for i, block in enumerate(raw) if block["id"] == block_id)
    if "reword" in change or "split" in change:
        raw[index]["value"] = _html(change.get("reword", change.get("split"))["de"])
    if "new" in change or "insert" in change:
        ((kind, text),) = change.get("new", change.get("insert")).items()
        new_id = str(uuid.uuid4())
        raw.insert(index + 1, {"type": kind, "value": _html(text["de"]), "id": new_id})
        block_id = new_id if "insert" in change else block_id
    if "move" in change:
        block = raw.pop(index)
        after = next(i for i, b in enumerate(raw) if b["id"] == by_number[change["move"]["after"]])
        raw.insert(after + 1, block)
    if change.get("remove"):
        del raw[index]
    return block_id


def _link(version: ConceptVersion, block_id: str, page: ConsultationPage, cause: dict) -> None:
    """Links the comment (by author) or forum result (by its text's start) to the change,
    answering a comment that still waits."""
    if "author" in cause:
        found = Contribution.objects.filter(
            consultation__translation_key=page.translation_key, author_name=cause["author"]
        )
    else:
        found = Contribution.objects.filter(
            source=Contribution.Source.FORUM_RESULT, text__startswith=cause["forum_result"]
        )
    contribution = found.filter(parent=None).first()
    ChangeLink.objects.get_or_create(contribution=contribution, version=version, block_id=block_id)
    if "status" in cause:
        contribution.review_status = cause["status"]
        contribution.public_answer = contribution.public_answer or cause["answer"]
        contribution.answered_at = contribution.answered_at or timezone.now()
        contribution.save(update_fields=["review_status", "public_answer", "answered_at"])


def ensure_admin() -> None:
    user_model = get_user_model()
    if not user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
        user_model.objects.create_superuser(
            DEMO_ADMIN_USERNAME, "admin@region-hannover.example", DEMO_ADMIN_PASSWORD
        )


def load_demo_content() -> HomePage:
    with transaction.atomic(), deferred_index_updates():
        locales = ensure_locales()
        ensure_topics(locales)
        glossary = Glossary.for_demo()
        pages: dict[str, Page] = {}
        for name in PARTS:
            load_part(name, pages, glossary=glossary)
        ensure_revision(pages, glossary)
        ensure_site_settings(pages, read("site")["site_settings"])
        ensure_synchronised_trees(locales)
        ensure_admin()
    return pages["start"]
