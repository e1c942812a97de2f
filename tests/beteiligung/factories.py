"""Consultations with a small document: three chapters, paragraph 3.2 included."""

import datetime
import json
import uuid

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from beteiligung.models import ConsultationIndexPage, ConsultationPage, Contribution
from home.models import HomePage
from tests.factories import TopicFactory  # noqa: F401  (used by the consultation tests)


def document(chapters: int = 3, paragraphs_per_chapter: int = 2) -> list[dict]:
    """Raw StreamField data: chapter N with paragraphs N.1, N.2, ... (a goal as N.2)."""
    blocks = []
    for chapter in range(1, chapters + 1):
        blocks.append(
            {
                "type": "chapter",
                "id": str(uuid.uuid4()),
                "value": {"title": f"Kapitel {chapter}", "summary": ""},
            }
        )
        for number in range(1, paragraphs_per_chapter + 1):
            blocks.append(
                {
                    "type": "goal" if number == 2 else "paragraph",
                    "id": str(uuid.uuid4()),
                    "value": f"<p>Absatz {chapter}.{number}</p>",
                }
            )
    return blocks


class ConsultationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Beteiligung"
    slug = "beteiligung"

    class Meta:
        model = ConsultationIndexPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    title = "Integrationskonzept 2027"
    slug = "integrationskonzept"
    intro = "<p>Der Entwurf des Integrationskonzepts.</p>"
    document = factory.LazyFunction(lambda: json.dumps(document()))
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))

    class Meta:
        model = ConsultationPage


class ContributionFactory(factory.django.DjangoModelFactory):
    consultation = None
    source = Contribution.Source.PARAGRAPH_COMMENT
    text = "Mehr Sprachkurse am Abend, bitte."
    author_name = "Ana"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "de"
    moderation_status = Contribution.ModerationStatus.PUBLISHED
    confirmed_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Contribution


def make_consultation(home: HomePage, **kwargs) -> ConsultationPage:
    index = ConsultationIndexPageFactory(parent=home)
    return ConsultationPageFactory(parent=index, **kwargs)


def user_in(group: str, name: str):
    """A staff member in one of the groups the migrations make (Moderation, Evaluation)."""
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user
