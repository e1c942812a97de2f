"""A small world for the open data tests: a consultation in two versions with a change, a
published and answered comment linked to it, contributions that must never leave the
site (unconfirmed, pending, rejected, hidden), a letter with its sender's name, and a forum
session with results and a registration. Every secret is a string a test can search for."""

import datetime
import json
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.utils import timezone

from beteiligung import cycle
from beteiligung.models import ChangeLink, ConceptVersion, ConsultationPage, Contribution
from forum.models import ForumSessionPage
from home.models import HomePage
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.factories import TopicFactory
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

Moderation = Contribution.ModerationStatus


@dataclass
class World:
    consultation: ConsultationPage
    versions: list[ConceptVersion]
    published: Contribution
    letter: Contribution
    hidden: list[Contribution]
    session: ForumSessionPage
    secrets: list[str] = field(default_factory=list)


def build_world(home: HomePage) -> World:
    topic = TopicFactory(name="Wohnen", slug="housing")
    page = make_consultation(home)
    first = cycle.freeze_version(
        page, name="Entwurf", step="draft", date=datetime.date(2026, 11, 1)
    )
    document = page.document.get_prep_value()
    changed = document[1]
    changed["value"] = "<p>Absatz 1.1, überarbeitet nach den Kommentaren.</p>"
    page.document = json.dumps(document)
    page.save_revision().publish()
    page = ConsultationPage.objects.get(pk=page.pk)
    second = cycle.freeze_version(
        page, name="Überarbeitete Fassung", step="revision", date=datetime.date(2027, 2, 1)
    )
    block_id = changed["id"]
    staff = get_user_model().objects.create_user("evaluatorin-geheim", "staff@example.org")

    published = ContributionFactory(
        consultation=page,
        block_id=block_id,
        paragraph_number="1.1",
        topic=topic,
        author_name="Veröffentlichte Verfasserin",
        email="published-author@example.org",
        review_status=Contribution.ReviewStatus.ADOPTED,
        public_answer="Wir haben den Absatz überarbeitet.",
        answered_at=timezone.now(),
        internal_note="Interne Notiz geheim",
        assignee=staff,
        ip_hash="iphash-published-secret",
    )
    letter = ContributionFactory(
        consultation=page,
        block_id=block_id,
        source=Contribution.Source.OFFLINE,
        channel=Contribution.Channel.LETTER,
        author_name="Briefschreiber Geheimname",
        email="letter-sender@example.org",
        moderation_status=Moderation.PENDING,
        review_status=Contribution.ReviewStatus.ADOPTED,
    )
    hidden = [
        ContributionFactory(
            consultation=page,
            block_id=block_id,
            author_name=f"Unsichtbar {status}",
            email=f"{status}-author@example.org",
            moderation_status=status,
            moderation_reason=f"Grund {status} geheim",
            review_status=Contribution.ReviewStatus.ADOPTED,
            public_answer=f"Antwort auf {status} geheim",
            topic=topic,
        )
        for status in (Moderation.UNCONFIRMED, Moderation.PENDING, Moderation.REJECTED)
    ]
    hidden.append(
        ContributionFactory(
            consultation=page,
            block_id=block_id,
            author_name="Unsichtbar hidden",
            email="hidden-author@example.org",
            moderation_status=Moderation.HIDDEN,
            moderation_reason="Grund hidden geheim",
            public_answer="Antwort auf hidden geheim",
        )
    )
    reply = ContributionFactory(
        consultation=page,
        parent=published,
        author_name="Antwortende Person",
        email="reply-author@example.org",
    )
    for contribution in [published, letter, *hidden]:
        ChangeLink.objects.create(contribution=contribution, version=second, block_id=block_id)

    session = ForumSessionPageFactory(
        parent=make_forum(home),
        topic=topic,
        start=timezone.now() - datetime.timedelta(days=7),
        end=timezone.now() - datetime.timedelta(days=7, hours=-2),
        online_url="https://video.example.org/geheimer-raum",
        results=json.dumps(
            [{"type": "result", "id": "result-1", "value": "Mehr Beratung in Stadtteilen."}]
        ),
    )
    RegistrationFactory(session=session, name="Teilnehmerin Geheim", email="guest@example.org")

    secrets = [
        "@example.org",
        "Veröffentlichte Verfasserin",
        "Briefschreiber Geheimname",
        "Antwortende Person",
        "Teilnehmerin Geheim",
        "Interne Notiz geheim",
        "iphash-published-secret",
        "evaluatorin-geheim",
        "geheimer-raum",
        "geheim",
        *(c.author_name for c in hidden),
        *(c.email_key for c in [published, letter, reply, *hidden]),
    ]
    return World(page, [first, second], published, letter, [*hidden, reply], session, secrets)
