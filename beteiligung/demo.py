"""Demo consultation: the draft Integrationskonzept, open now, with comments in several
languages, statements of organisations and replies. Texts live in `demo_content`."""

import datetime
import json
import uuid

from django.utils import timezone
from wagtail.models import Locale

from home.demo.glossary import Glossary
from home.models import ContentPage, HomePage, SiteSettings
from home.translation import translate_page

from . import demo_content as texts
from .models import ConsultationIndexPage, ConsultationPage, Contribution, Support, Topic

NETIQUETTE = {
    "title": {"de": "Netiquette", "en": "Netiquette"},
    "slug": {"de": "netiquette", "en": "netiquette"},
    "intro": {
        "de": "Unsere Regeln für eine faire Diskussion in den Beteiligungsverfahren.",
        "en": "Our rules for a fair discussion in our consultations.",
    },
    "rules": {
        "de": [
            "Bleiben Sie beim Thema des Absatzes, den Sie kommentieren.",
            "Schreiben Sie respektvoll. "
            "Beleidigungen, Rassismus und Hetze veröffentlichen wir nicht.",
            "Nennen Sie keine persönlichen Daten, weder Ihre eigenen noch die anderer Menschen.",
            "Werbung und Links zu kommerziellen Angeboten entfernen wir.",
            "Sie dürfen in jeder Sprache schreiben. Wir lesen alle Beiträge.",
        ],
        "en": [
            "Stay with the topic of the paragraph you comment on.",
            "Write respectfully. We do not publish insults, racism or hate speech.",
            "Do not share personal data, neither your own nor that of other people.",
            "We remove advertising and links to commercial offers.",
            "You may write in any language. We read every contribution.",
        ],
    },
}

Status = Contribution.ModerationStatus


def _document(glossary: Glossary) -> str:
    blocks = []
    for chapter in texts.CONSULTATION["chapters"]:
        blocks.append(
            {
                "type": "chapter",
                "id": str(uuid.uuid4()),
                "value": {
                    "title": glossary.text(chapter["title"]),
                    "summary": glossary.text(chapter["summary"]),
                },
            }
        )
        for kind, text in chapter["items"]:
            paragraph = glossary.rich_text({"de": [text["de"]], "en": [text["en"]]})
            blocks.append({"type": kind, "id": str(uuid.uuid4()), "value": paragraph})
    return json.dumps(blocks)


def _topics(locales: dict[str, Locale]) -> list[Topic]:
    topics = []
    for names in texts.TOPICS:
        topic, _ = Topic.objects.get_or_create(name=names["de"], locale=locales["de"])
        if not Topic.objects.filter(translation_key=topic.translation_key, locale=locales["en"]):
            english = topic.copy_for_translation(locales["en"])
            english.name = names["en"]
            english.save()
        topics.append(topic)
    return topics


def _comments(consultation: ConsultationPage, topics: list[Topic]) -> None:
    if Contribution.objects.filter(consultation=consultation).exists():
        return
    by_number = {p.number: p for p in consultation.paragraphs}
    started = consultation.opens_at
    for index, spec in enumerate(texts.COMMENTS):
        number = f"{spec['chapter']}.{spec['item']}" if spec["item"] else ""
        paragraph = by_number.get(number)
        moment = started + datetime.timedelta(hours=5 * index + 3)
        comment = _contribution(
            consultation, paragraph, spec, moment, topic=_topic(topics, spec.get("topic"))
        )
        for offset, reply in enumerate(spec.get("replies", []), start=1):
            _contribution(
                consultation,
                paragraph,
                {**reply, "organisation": ""},
                moment + datetime.timedelta(hours=offset * 2),
                parent=comment,
            )
        for number_of_support in range(spec.get("supports", 0)):
            Support.objects.create(
                contribution=comment,
                email_hash=f"demo-{comment.pk}-{number_of_support}",
                confirmed_at=moment,
            )


def _topic(topics: list[Topic], index: int | None) -> Topic | None:
    return topics[index] if index is not None else None


def _contribution(consultation, paragraph, spec, moment, *, topic=None, parent=None):
    status = spec.get("status", "published")
    if spec.get("organisation"):
        source = Contribution.Source.STATEMENT
    elif paragraph:
        source = Contribution.Source.PARAGRAPH_COMMENT
    else:
        source = Contribution.Source.DOCUMENT_COMMENT
    contribution = Contribution.objects.create(
        consultation=consultation,
        block_id=paragraph.block_id if paragraph else "",
        paragraph_number=paragraph.number if paragraph else "",
        parent=parent,
        source=source,
        text=spec["text"],
        author_name=spec["author"],
        organisation=spec.get("organisation", ""),
        email=f"demo-{uuid.uuid4().hex[:8]}@example.org",
        topic=topic,
        language=spec["language"],
        moderation_status=status,
        moderation_reason=spec.get("reason", ""),
        confirmed_at=moment,
        published_at=moment if status == Status.PUBLISHED else None,
        privacy_notice_version="demo",
    )
    # created_at is set on insert; the demo spreads contributions over the phase.
    Contribution.objects.filter(pk=contribution.pk).update(created_at=moment)
    return contribution


def _netiquette(home: HomePage, glossary: Glossary) -> ContentPage:
    slug = glossary.text(NETIQUETTE["slug"])
    page = ContentPage.objects.child_of(home).filter(slug=slug).first()
    if page is None:
        page = ContentPage(
            title=glossary.text(NETIQUETTE["title"]),
            slug=slug,
            intro=glossary.text(NETIQUETTE["intro"]),
            show_in_menus=False,
            body=json.dumps(
                [{"type": "paragraph", "value": glossary.bullet_list(NETIQUETTE["rules"])}]
            ),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    else:
        glossary.text(NETIQUETTE["title"])
        glossary.text(NETIQUETTE["intro"])
        glossary.bullet_list(NETIQUETTE["rules"])
    return page


#: The consultations live below the page that explains how to take part.
PARENT_SLUG = "mitreden"


def load_consultation_demo(home: HomePage, locales: dict[str, Locale]) -> ConsultationPage:
    glossary = Glossary()
    parent = ContentPage.objects.child_of(home).filter(slug=PARENT_SLUG).first() or home
    index_slug = glossary.text(texts.INDEX["slug"])
    index = ConsultationIndexPage.objects.child_of(parent).filter(slug=index_slug).first()
    if index is None:
        index = ConsultationIndexPage(
            title=glossary.text(texts.INDEX["title"]),
            slug=index_slug,
            intro=glossary.rich_text(texts.INDEX["intro"]),
            show_in_menus=True,
        )
        parent.add_child(instance=index)
        index.save_revision().publish()

    spec = texts.CONSULTATION
    slug = glossary.text(spec["slug"])
    consultation = ConsultationPage.objects.child_of(index).filter(slug=slug).first()
    # The texts are read in any case: the glossary needs them for the translations.
    title, intro = glossary.text(spec["title"]), glossary.rich_text(spec["intro"])
    glossary.text(texts.INDEX["title"])
    glossary.rich_text(texts.INDEX["intro"])
    document = _document(glossary)
    if consultation is None:
        now = timezone.now()
        consultation = ConsultationPage(
            title=title,
            slug=slug,
            intro=intro,
            document=document,
            opens_at=now - datetime.timedelta(days=10),
            closes_at=now + datetime.timedelta(days=45),
        )
        index.add_child(instance=consultation)
        consultation.save_revision().publish()

    netiquette = _netiquette(home, glossary)
    site_settings = SiteSettings.objects.filter(site__root_page=home).first()
    if site_settings and site_settings.netiquette_page_id is None:
        site_settings.netiquette_page = netiquette
        site_settings.save(update_fields=["netiquette_page"])

    topics = _topics(locales)
    _comments(consultation, topics)

    english = locales["en"]
    for page in (index, consultation, netiquette):
        translation = page.get_translation_or_none(english)
        if translation is None or translation.alias_of_id:
            translate_page(page, english, glossary.entries)
    return consultation
