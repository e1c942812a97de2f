"""Builds the site a load run reads and writes: `python -m tests.load.data` prints the
addresses as JSON. Uses the test factories, so it needs the dev dependencies."""

import datetime
import json

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.utils import timezone  # noqa: E402

from beteiligung.models import ModerationMode  # noqa: E402
from tests.beteiligung.factories import (  # noqa: E402
    ConsultationPageFactory,
    ContributionFactory,
    document,
    make_consultation,
)
from tests.factories import ContentPageFactory, make_site  # noqa: E402
from tests.forum.factories import ForumSessionPageFactory, make_forum  # noqa: E402

ADMIN = ("load-admin", "load-admin-password")


def build() -> dict:
    home = make_site()
    sections = [ContentPageFactory(parent=home, title=f"Bereich {n}") for n in range(6)]
    leaves = [ContentPageFactory(parent=section) for section in sections for _ in range(3)]
    doomed = ContentPageFactory(parent=home, title="Wird zurückgezogen", slug="zurueckgezogen")
    consultation = make_consultation(
        home,
        document=json.dumps(document(chapters=8, paragraphs_per_chapter=6)),
        moderation_mode=ModerationMode.POST,
    )
    second = ConsultationPageFactory(parent=consultation.get_parent(), slug="leitlinien")
    paragraphs = [p.block_id for p in consultation.paragraphs if not p.is_chapter]
    for number, block_id in enumerate(paragraphs * 10):
        ContributionFactory(consultation=consultation, block_id=block_id, text=f"Alt {number}")
    forum = make_forum(home)
    start = timezone.now() + datetime.timedelta(days=10)
    sessions = [
        ForumSessionPageFactory(parent=forum, start=start, capacity=200),
        ForumSessionPageFactory(parent=forum, start=start, capacity=20, slug="ansturm"),
    ]
    get_user_model().objects.create_superuser(ADMIN[0], "load@example.org", ADMIN[1])
    return {
        "reading": [
            "/",
            "/en/",
            *[page.url for page in sections + leaves],
            consultation.get_parent().url,
            consultation.url,
            second.url,
            *[f"{consultation.url}paragraph/{block_id}/" for block_id in paragraphs[:10]],
            f"{consultation.url}results/",
            forum.url,
            sessions[0].url,
            "/forum/calendar.ics",
            "/suche/?q=Bereich",
        ],
        "paragraphs": [f"{consultation.url}paragraph/{block_id}/" for block_id in paragraphs],
        "rush_session": {"pk": sessions[1].pk, "url": sessions[1].url},
        "doomed": {"pk": doomed.pk, "url": doomed.url},
        "admin": ADMIN,
    }


if __name__ == "__main__":
    print(json.dumps(build()))
