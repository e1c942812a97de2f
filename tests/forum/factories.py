"""Factories for forum pages and registrations."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from forum.models import ForumAgendaItem, ForumIndexPage, ForumSessionPage, Registration
from home.models import HomePage


class ForumIndexPageFactory(wagtail_factories.PageFactory):
    title = "Interkulturelles Forum"
    slug = "forum-sitzungen"
    intro = "<p>Das Forum trifft sich mehrmals im Jahr.</p>"

    class Meta:
        model = ForumIndexPage


class ForumSessionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sitzung {n}")
    slug = factory.Sequence(lambda n: f"sitzung-{n}")
    topic = factory.SubFactory("tests.factories.TopicFactory", name="Wohnen", slug="housing")
    intro = "Wie finden alle eine Wohnung?"
    start = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=14)).replace(microsecond=0)
    )
    end = factory.LazyAttribute(lambda session: session.start + datetime.timedelta(hours=2))
    venue_name = "Haus der Region"
    venue_address = "Hildesheimer Straße 18\n30169 Hannover"
    directions = "Stadtbahn bis Aegidientorplatz."
    step_free = True
    hearing_loop = False
    online_url = ""
    languages = factory.LazyFunction(lambda: ["de"])
    interpretation = factory.LazyFunction(lambda: ["ar", "gsg"])
    capacity = 10

    class Meta:
        model = ForumSessionPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    status = Registration.Status.PENDING

    class Meta:
        model = Registration


def make_forum(home: HomePage) -> ForumIndexPage:
    return ForumIndexPageFactory(parent=home)


def add_agenda(session: ForumSessionPage, count: int) -> None:
    for number in range(count):
        ForumAgendaItem.objects.create(
            page=session,
            sort_order=number,
            time=datetime.time(18, number % 60),
            title=f"Punkt {number + 1}",
            speakers="Dr. Miriam Okafor",
            description="Ein kurzer Beitrag.",
        )
