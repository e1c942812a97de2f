"""A person sees, downloads and deletes everything stored under their e-mail address, and
withdraws a contribution, through a signed link ("My data", DSGVO Art. 15, 17, 20)."""

import csv
import io
import json
import re
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from beteiligung import services as consultation_services
from beteiligung.models import ConsultationPage, Contribution, Support
from forum import services as forum_services
from forum.models import ForumSessionPage, Registration
from home.models import HomePage
from home.my_data_views import ACCESS
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

pytestmark = pytest.mark.django_db
ANA = "ana@example.org"


@pytest.fixture
def consultation(home_page: HomePage) -> ConsultationPage:
    return make_consultation(home_page)


@pytest.fixture
def session(home_page: HomePage) -> ForumSessionPage:
    return ForumSessionPageFactory(parent=make_forum(home_page), capacity=1)


@pytest.fixture
def anas_data(consultation: ConsultationPage, session: ForumSessionPage) -> dict:
    """Ana commented (published, with Bob's reply and an answer), sent a comment still
    waiting for moderation and a feedback message, agreed with Bob, holds the only seat
    of a session with Carl on the waitlist."""
    block_id = consultation.paragraphs[-1].block_id
    comment = ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        email="Ana+beteiligung@Example.org",
        author_name="Ana K.",
        text="Mehr Abendkurse, bitte.",
        notify_on_answer=True,
        public_answer="Ab 2027.",
        review_status=Contribution.ReviewStatus.ADOPTED,
    )
    bob = ContributionFactory(
        consultation=consultation, block_id=block_id, author_name="Bob", text="Bobs Idee."
    )
    reply = ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        parent=comment,
        author_name="Bob",
        text="Gute Idee, Ana!",
    )
    pending = ContributionFactory(
        consultation=consultation,
        email=ANA,
        text="Noch nicht freigegeben.",
        moderation_status=Contribution.ModerationStatus.PENDING,
        published_at=None,
    )
    feedback = ContributionFactory(
        source=Contribution.Source.FEEDBACK,
        email=ANA,
        text="=HYPERLINK(1) Längere Öffnungszeiten.",
        moderation_status=Contribution.ModerationStatus.PENDING,
        published_at=None,
    )
    support = Support.objects.create(
        contribution=bob, email_hash=consultation_services.email_hash(ANA)
    )
    support.confirmed_at = support.created_at
    support.save()
    log(comment, "beteiligung.approve")
    seat = RegistrationFactory(session=session, email=ANA, name="Ana Kaya")
    forum_services.confirm(seat)
    carl = RegistrationFactory(session=session, email="carl@example.org", name="Carl")
    forum_services.confirm(carl)
    return {
        "comment": comment,
        "bob": bob,
        "reply": reply,
        "pending": pending,
        "feedback": feedback,
        "support": support,
        "seat": seat,
        "carl": carl,
    }


def link_for(email: str) -> str:
    return f"{reverse('my_data_overview')}?token={ACCESS.token(email)}"


def mailed_link() -> str:
    url = re.search(r"https?://\S+/overview/\?token=\S+", mail.outbox[-1].body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def test_every_page_links_to_my_data_in_its_footer(client: Client, home_page: HomePage) -> None:
    for path, label in (("/", "Meine Daten"), ("/en/", "My data")):
        footer = BeautifulSoup(client.get(path).text, "html.parser").find("footer")
        assert footer.find("a", href=reverse("my_data") if path == "/" else "/en/my-data/")
        assert label in footer.get_text()


def test_request_gives_the_same_answer_whether_or_not_anything_is_stored(
    post, client: Client, anas_data: dict, form_started: str
) -> None:
    answers = []
    for email in (ANA, "nobody@example.org"):
        response = post(reverse("my_data"), {"email": email, "started": form_started})
        assert response.status_code == HTTPStatus.FOUND
        answers.append((response["Location"], client.get(response["Location"]).text))
    assert answers[0] == answers[1]
    assert [message.to for message in mail.outbox] == [[ANA], ["nobody@example.org"]]
    assert mail.outbox[0].subject == mail.outbox[1].subject
    # The mail carries the link and nothing of what is stored.
    assert "Abendkurse" not in mail.outbox[0].body


def test_the_link_lists_everything_stored_under_the_address(
    post, client: Client, anas_data: dict, form_started: str
) -> None:
    post(reverse("my_data"), {"email": "ANA@example.org", "started": form_started})
    response = client.get(mailed_link())
    assert response.status_code == HTTPStatus.OK
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    text = BeautifulSoup(response.text, "html.parser").find("main").get_text(" ")
    for expected in (
        "Mehr Abendkurse, bitte.",  # found under its +tag spelling
        "Noch nicht freigegeben.",
        "Längere Öffnungszeiten.",
        "Bobs Idee.",  # the contribution Ana agreed with
        "Ana Kaya",  # the forum registration
        "Ab 2027.",
    ):
        assert expected in text
    assert "Gute Idee, Ana!" not in text  # Bob's reply is Bob's
    assert "Carl" not in text


def test_nothing_stored_says_so(client: Client, home_page: HomePage) -> None:
    with translation.override("en"):
        response = client.get(link_for("nobody@example.org"))
    assert response.status_code == HTTPStatus.OK
    assert "Nothing is stored here." in response.text


@pytest.mark.parametrize(
    "token",
    ["", "forged", ACCESS.token(42)],
    # Fixed ids: a token holds a timestamp, and xdist workers must collect the same ids.
    ids=["empty", "forged", "not-an-address"],
)
def test_a_broken_link_shows_nothing(client: Client, home_page: HomePage, token: str) -> None:
    response = client.get(reverse("my_data_overview"), {"token": token})
    assert response.status_code == HTTPStatus.BAD_REQUEST


def test_an_expired_link_shows_nothing(client: Client, anas_data: dict, settings) -> None:
    link = link_for(ANA)
    settings.PARTICIPATION_LINK_HOURS = {**settings.PARTICIPATION_LINK_HOURS, "mydata.access": -1}
    response = client.get(link)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "Abendkurse" not in response.text


def test_everything_downloads_as_json_and_as_csv(client: Client, anas_data: dict) -> None:
    token = ACCESS.token(ANA)
    with translation.override("en"):
        as_json = client.get(reverse("my_data_download", args=["json"]), {"token": token})
        as_csv = client.get(reverse("my_data_download", args=["csv"]), {"token": token})
    assert as_json["Content-Disposition"].startswith("attachment")
    data = json.loads(as_json.content)
    assert data["email"] == ANA
    sections = {section["section"]: section for section in data["sections"]}
    assert [item["text"] for item in sections["contributions"]["items"]] == [
        "Mehr Abendkurse, bitte.",
        "Noch nicht freigegeben.",
        "=HYPERLINK(1) Längere Öffnungszeiten.",
    ]
    [registration] = sections["forum_registrations"]["items"]
    assert registration["details"]["Name"] == "Ana Kaya"
    assert sections["reports"]["items"] == [] and sections["reports"]["note"]

    rows = list(csv.reader(io.StringIO(as_csv.content.decode("utf-8-sig"))))
    texts = [row[4] for row in rows[1:]]
    assert "'=HYPERLINK(1) Längere Öffnungszeiten." in texts
    assert "Mehr Abendkurse, bitte." in texts


def test_deleting_removes_personal_data_and_keeps_the_discussion_whole(
    client: Client, commit, anas_data: dict, consultation: ConsultationPage
) -> None:
    link = link_for(ANA)
    refused = client.post(link, {"action": "erase"})
    assert refused.status_code == HTTPStatus.BAD_REQUEST  # the box must be ticked
    with commit():
        response = client.post(link, {"action": "erase", "confirm": "on"})
    assert response.status_code == HTTPStatus.FOUND

    comment = Contribution.objects.get(pk=anas_data["comment"].pk)
    assert (comment.author_name, comment.email, comment.email_key) == ("", "", "")
    assert not comment.notify_on_answer
    assert comment.author_erased_at is not None
    assert (comment.text, comment.public_answer) == ("Mehr Abendkurse, bitte.", "Ab 2027.")
    assert not Contribution.objects.filter(
        pk__in=[anas_data["pending"].pk, anas_data["feedback"].pk]
    ).exists()
    assert Contribution.objects.filter(email_key="ana@example.org").count() == 0
    # Ana's agreement still counts, but leads nowhere.
    support = Support.objects.get(pk=anas_data["support"].pk)
    assert support.email_hash != anas_data["support"].email_hash
    # Her seat went to Carl, who was told by mail.
    assert not Registration.objects.filter(email_key="ana@example.org").exists()
    assert Registration.objects.get(pk=anas_data["carl"].pk).status == "confirmed"
    assert mail.outbox[-1].to == ["carl@example.org"]
    # The history keeps what happened, not her name.
    labels = ModelLogEntry.objects.values_list("label", flat=True)
    assert not [label for label in labels if "Ana" in label]

    page = client.get(f"{consultation.url}paragraph/{comment.block_id}/").text
    assert "Mehr Abendkurse, bitte." in page
    assert "Gute Idee, Ana!" in page
    assert "Ana K." not in page
    assert "Autor*in gelöscht" in page  # "deleted author"
    with translation.override("en"):
        assert "Nothing is stored here" in client.get(link_for(ANA)).text


def test_withdrawing_before_publication_deletes_after_it_leaves_a_note(
    client: Client, anas_data: dict, consultation: ConsultationPage
) -> None:
    link = link_for(ANA)
    for contribution in (anas_data["pending"], anas_data["comment"]):
        response = client.post(
            link, {"action": "withdraw", "item": f"contribution-{contribution.pk}"}
        )
        assert response.status_code == HTTPStatus.FOUND
    assert not Contribution.objects.filter(pk=anas_data["pending"].pk).exists()
    comment = Contribution.objects.get(pk=anas_data["comment"].pk)
    assert comment.withdrawn_at is not None
    assert (comment.text, comment.author_name, comment.email) == ("", "", "")

    with translation.override("en"):
        page = client.get(f"/en{consultation.url}paragraph/{comment.block_id}/").text
    assert "This contribution was withdrawn by its author." in page
    assert "Mehr Abendkurse" not in page
    assert "Gute Idee, Ana!" in page


def test_nobody_withdraws_someone_elses_contribution(client: Client, anas_data: dict) -> None:
    bob = anas_data["bob"]
    client.post(link_for(ANA), {"action": "withdraw", "item": f"contribution-{bob.pk}"})
    bob.refresh_from_db()
    assert bob.withdrawn_at is None
    assert bob.text == "Bobs Idee."
