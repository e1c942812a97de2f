"""Demo consultation: the draft Integrationskonzept, open now, with comments in several
languages, statements of organisations and replies. Texts live in `demo_content`."""

import datetime
import json
import uuid

from django.utils import timezone
from wagtail.models import Locale

from home.demo.glossary import Glossary
from home.models import ContentPage, HomePage, SiteSettings, Topic
from home.translation import translate_page

from . import demo_content as texts
from .models import (
    ConsultationIndexPage,
    ConsultationPage,
    Contribution,
    FeedbackPage,
    Support,
)

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

FEEDBACK_PAGE = {
    "title": {"de": "Ihre Rückmeldung", "en": "Your feedback"},
    "slug": {"de": "rueckmeldung", "en": "feedback"},
    "intro": {
        "de": [
            "Sie haben eine Anregung, eine Frage oder Kritik zu unserer Arbeit oder zum "
            "Integrationskonzept? Schreiben Sie uns, jederzeit und in jeder Sprache.",
        ],
        "en": [
            "Do you have a suggestion, a question or criticism about our work or the "
            "integration concept? Write to us, at any time and in any language.",
        ],
    },
}

FEEDBACK = [
    {
        "language": "de",
        "author": "Kim",
        "text": "Die Sprechzeiten der Orientierungsberatung passen nicht zu Schichtarbeit. "
        "Könnten Sie einen Abendtermin pro Woche anbieten?",
        "status": Contribution.ReviewStatus.PARTLY_ADOPTED,
        "answer": "Ab Februar bieten wir donnerstags bis 19 Uhr Termine an, zunächst als "
        "Versuch für ein halbes Jahr.",
    },
    {
        "language": "tr",
        "author": "",
        "text": "Web sitesinde Türkçe bilgi olması çok iyi. "
        "Başvuru formları da Türkçe olabilir mi?",
        "status": Contribution.ReviewStatus.IN_REVIEW,
        "answer": "",
    },
    {
        "language": "en",
        "author": "Sam",
        "text": "Please publish the dates of the forum sessions earlier, at least six weeks ahead.",
        "status": Contribution.ReviewStatus.RECEIVED,
        "answer": "",
    },
]

Status = Contribution.ModerationStatus

#: Answers of the administration for some of the demo comments, so that the results page
#: and the inbox show the whole way from comment to decision.
ANSWERS = [
    (
        Contribution.ReviewStatus.PARTLY_ADOPTED,
        "Wir nehmen den Vorschlag teilweise auf: Der überarbeitete Entwurf nennt eine Frist, "
        "aber keine feste Quote.",
    ),
    (
        Contribution.ReviewStatus.ADOPTED,
        "Danke für den Hinweis. Die Maßnahme wird im nächsten Entwurf ergänzt.",
    ),
    (
        Contribution.ReviewStatus.NOT_ADOPTED,
        "Das liegt nicht in der Zuständigkeit der Region, sondern der Kommunen. Wir geben "
        "den Hinweis an die Städte und Gemeinden weiter.",
    ),
    (Contribution.ReviewStatus.IN_REVIEW, ""),
    (
        Contribution.ReviewStatus.NOTED,
        "Wir haben Ihre Erfahrung zur Kenntnis genommen; sie fließt in den Bericht ein.",
    ),
]


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
    german = Topic.objects.filter(locale=locales["de"])
    return [german.get(slug=slug) for slug in texts.TOPICS]


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
        if index % 4 == 0 and comment.is_published:
            status, answer = ANSWERS[(index // 4) % len(ANSWERS)]
            comment.review_status = status
            comment.public_answer = answer
            comment.answered_at = moment + datetime.timedelta(days=2) if answer else None
            comment.save(update_fields=["review_status", "public_answer", "answered_at"])
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


def _feedback_page(parent, glossary: Glossary) -> FeedbackPage:
    slug = glossary.text(FEEDBACK_PAGE["slug"])
    title = glossary.text(FEEDBACK_PAGE["title"])
    intro = glossary.rich_text(FEEDBACK_PAGE["intro"])
    page = FeedbackPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = FeedbackPage(title=title, slug=slug, intro=intro, show_in_menus=False)
        parent.add_child(instance=page)
        page.save_revision().publish()
        now = timezone.now()
        for number, spec in enumerate(FEEDBACK):
            moment = now - datetime.timedelta(days=20 - number * 5)
            Contribution.objects.create(
                source=Contribution.Source.FEEDBACK,
                text=spec["text"],
                author_name=spec["author"],
                email=f"demo-feedback-{number}@example.org",
                language=spec["language"],
                moderation_status=Status.PENDING,
                review_status=spec["status"],
                public_answer=spec["answer"],
                answered_at=moment if spec["answer"] else None,
                confirmed_at=moment,
                privacy_notice_version="demo",
            )
    return page


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

    feedback_page = _feedback_page(parent, glossary)
    netiquette = _netiquette(home, glossary)
    site_settings = SiteSettings.objects.filter(site__root_page=home).first()
    if site_settings and site_settings.netiquette_page_id is None:
        site_settings.netiquette_page = netiquette
        site_settings.save(update_fields=["netiquette_page"])

    topics = _topics(locales)
    _comments(consultation, topics)

    english = locales["en"]
    for page in (index, consultation, netiquette, feedback_page):
        translation = page.get_translation_or_none(english)
        if translation is None or translation.alias_of_id:
            translate_page(page, english, glossary.entries)
    return consultation
