"""Each admin view sees only its own records: the moderation queue and the inbox only
contributions whose authors confirmed their address, the typed-in views only what staff
typed in. Wagtail's ModelViewSet never calls a viewset's `get_queryset(request)`, so
every view (list, edit, inspect, delete, history) is checked with a record that must
stay out."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from beteiligung import services
from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory

pytestmark = pytest.mark.django_db
Status = Contribution.ModerationStatus
OBJECT_VIEWS = ["edit", "inspect", "delete", "history"]


@pytest.fixture
def superuser(client: Client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def unconfirmed(consultation: ConsultationPage) -> Contribution:
    return ContributionFactory(
        consultation=consultation,
        moderation_status=Status.UNCONFIRMED,
        confirmed_at=None,
        published_at=None,
        text="Noch nicht bestätigt.",
    )


@pytest.fixture
def pending(consultation: ConsultationPage) -> Contribution:
    return ContributionFactory(
        consultation=consultation, moderation_status=Status.PENDING, published_at=None
    )


def listed(client: Client, url: str) -> set[int]:
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return {item.pk for item in response.context["object_list"]}


def test_moderation_queue_leaves_out_unconfirmed_contributions(
    client: Client, superuser, unconfirmed: Contribution, pending: Contribution
) -> None:
    assert listed(client, reverse("moderation:index")) == {pending.pk}


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_moderator_cannot_open_an_unconfirmed_contribution(
    client: Client, superuser, unconfirmed: Contribution, view: str
) -> None:
    response = client.get(reverse(f"moderation:{view}", args=[unconfirmed.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_moderator_cannot_publish_an_unconfirmed_contribution_by_posting(
    client: Client, superuser, unconfirmed: Contribution
) -> None:
    response = client.post(
        reverse("moderation:edit", args=[unconfirmed.pk]),
        {"text": unconfirmed.text, "moderation_status": Status.PUBLISHED, "moderation_reason": ""},
    )
    assert response.status_code == HTTPStatus.NOT_FOUND
    unconfirmed.refresh_from_db()
    assert unconfirmed.moderation_status == Status.UNCONFIRMED


@pytest.mark.parametrize("decide", ["approve", "moderate"])
def test_service_refuses_to_publish_without_opt_in(
    superuser, unconfirmed: Contribution, decide: str
) -> None:
    with pytest.raises(services.NotConfirmed):
        if decide == "approve":
            services.approve(unconfirmed, superuser)
        else:
            services.moderate(
                unconfirmed, superuser, status=Status.PUBLISHED, reason="", text=unconfirmed.text
            )
    unconfirmed.refresh_from_db()
    assert unconfirmed.moderation_status == Status.UNCONFIRMED
    assert unconfirmed.published_at is None


def test_inbox_leaves_out_unconfirmed_contributions(
    client: Client, superuser, unconfirmed: Contribution, pending: Contribution
) -> None:
    assert listed(client, reverse("wagtailsnippets_beteiligung_contribution:list")) == {pending.pk}


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_evaluator_cannot_open_an_unconfirmed_contribution(
    client: Client, superuser, unconfirmed: Contribution, view: str
) -> None:
    url = reverse(f"wagtailsnippets_beteiligung_contribution:{view}", args=[unconfirmed.pk])
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_bulk_actions_leave_unconfirmed_contributions_alone(
    client: Client, superuser, unconfirmed: Contribution
) -> None:
    url = reverse("wagtail_bulk_action", args=["beteiligung", "contribution", "assign_to_me"])
    client.post(f"{url}?next=/admin/inbox/&id={unconfirmed.pk}")
    unconfirmed.refresh_from_db()
    assert unconfirmed.assignee is None


def test_related_contributions_offer_no_unconfirmed_ones(
    client: Client, superuser, unconfirmed: Contribution, pending: Contribution
) -> None:
    response = client.get(
        reverse("wagtailsnippets_beteiligung_contribution:edit", args=[pending.pk])
    )
    choices = {value for value, _label in response.context["form"].fields["related"].choices}
    assert unconfirmed.pk not in {int(str(value)) for value in choices if value}


@pytest.fixture
def letter(consultation: ConsultationPage) -> Contribution:
    return ContributionFactory(
        consultation=consultation, source=Contribution.Source.OFFLINE, channel="letter"
    )


def test_typed_in_list_shows_only_typed_in_items(
    client: Client, evaluator, letter: Contribution, pending: Contribution
) -> None:
    assert listed(client, reverse("offline_contributions:index")) == {letter.pk}


@pytest.mark.parametrize("view", ["edit", "history"])
def test_evaluator_cannot_open_a_citizens_comment_as_a_letter(
    client: Client, evaluator, pending: Contribution, view: str
) -> None:
    response = client.get(reverse(f"offline_contributions:{view}", args=[pending.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert pending.email not in response.text


def test_evaluator_cannot_turn_a_citizens_comment_into_a_letter(
    client: Client, evaluator, pending: Contribution
) -> None:
    client.post(
        reverse("offline_contributions:edit", args=[pending.pk]),
        {"channel": "letter", "language": "de", "text": "Umgeschrieben.", "email": ""},
    )
    pending.refresh_from_db()
    assert pending.source == Contribution.Source.PARAGRAPH_COMMENT
    assert pending.text != "Umgeschrieben."


def test_evaluator_still_corrects_a_typed_in_letter(
    client: Client, evaluator, letter: Contribution
) -> None:
    response = client.post(
        reverse("offline_contributions:edit", args=[letter.pk]),
        {
            "channel": "letter",
            "received_on": "2026-11-20",
            "language": "de",
            "author_name": "Herr K.",
            "text": "Brief, korrigiert.",
            "email": "",
        },
    )
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    letter.refresh_from_db()
    assert letter.text == "Brief, korrigiert."


CHOOSER = "wagtailsnippetchoosers_beteiligung_contribution"


@pytest.fixture
def editor(client: Client):
    user = get_user_model().objects.create_user("eda", "eda@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_editors_cannot_browse_contributions_in_the_snippet_chooser(
    client: Client, editor, pending: Contribution
) -> None:
    for url in (
        reverse(f"{CHOOSER}:choose"),
        reverse(f"{CHOOSER}:choose_results"),
        reverse(f"{CHOOSER}:chosen", args=[pending.pk]),
        reverse(f"{CHOOSER}:chosen_multiple") + f"?id={pending.pk}",
    ):
        response = client.get(url)
        assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN), url
        assert pending.text not in response.content.decode()


def test_evaluators_choose_only_confirmed_contributions(
    client: Client, evaluator, pending: Contribution, unconfirmed: Contribution
) -> None:
    response = client.get(reverse(f"{CHOOSER}:choose_results"))
    assert response.status_code == HTTPStatus.OK
    assert {item.pk for item in response.context["results"]} == {pending.pk}
    chosen = client.get(reverse(f"{CHOOSER}:chosen", args=[unconfirmed.pk]))
    assert chosen.status_code == HTTPStatus.NOT_FOUND
