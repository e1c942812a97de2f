"""Every public POST form, driven by Hypothesis with arbitrary text, lengths, unicode and
missing fields: the answer is always 2xx, 3xx or 4xx, never a server error, and what is
stored is exactly what the form accepted (as Django cleans it: stripped, addresses in
lower case). Rate limits are raised; 30 examples per form keep it quick."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beteiligung.models import ConsultationPage, Contribution, FeedbackPage, Report, Support
from beteiligung.services import CONFIRMATION
from forum.mails import CANCELLATION, link_token
from forum.mails import CONFIRMATION as FORUM_CONFIRMATION
from forum.models import ForumSessionPage, Registration
from home.models import HomePage
from home.my_data_views import ACCESS
from home.participation import email_key
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: Any text a browser can send: every code point but lone surrogates, which UTF-8 cannot
#: carry; short, long, and just past the fields' limits.
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))
TRICKY = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "<script>alert(1)</script>",
        '=HYPERLINK("https://evil.example","x")',
        "Amira \u202eSaleh",
        "نوشته‌ها",
        "👩‍👩‍👧",
        "a" * 4001,
        "ä" * 1001,
        "%(name)s {{ x }}",
    ]
)
TEXT = st.one_of(st.text(ANY_CHARACTER, max_size=300), TRICKY, st.text("ab \n", max_size=4100))
#: Text a person might well write, in any script: mostly accepted.
PLAIN = st.text(st.characters(exclude_categories=("Cs", "Cc", "Cf", "Zl", "Zp")), max_size=200)
ADDRESS = st.from_regex(r"[a-z]{1,8}(\+[a-z]{1,4})?@example\.org", fullmatch=True)
MISSING = object()


@dataclass(frozen=True)
class Field:
    """What the form accepts in a field, and what else to try there."""

    valid: object
    others: st.SearchStrategy


def field(valid, *others: st.SearchStrategy) -> Field:
    return Field(valid, st.one_of(*others, st.just(MISSING)))


def text_field(valid: str) -> Field:
    return field(valid, PLAIN, TEXT)


def email_field() -> Field:
    return field("ana@example.org", ADDRESS, TEXT)


def checkbox(valid: str = "on") -> Field:
    return field(valid, st.sampled_from(["on", "", "off", "1"]), TEXT)


def form(started: str, **fields: Field) -> st.SearchStrategy[dict]:
    """A submission the form accepts with up to a third of its fields changed to something
    else or left out (MISSING), the spam check's start time and honeypot included: so that
    accepted and refused submissions both come up."""
    every = {**fields, "started": field(started, TEXT), "website": field("", TEXT)}

    @st.composite
    def submissions(draw) -> dict:
        data = {name: spec.valid for name, spec in every.items()}
        changes = st.sets(st.sampled_from(sorted(every)), max_size=max(1, len(every) // 3))
        for name in sorted(draw(changes)):
            data[name] = draw(every[name].others)
        return {name: value for name, value in data.items() if value is not MISSING}

    return submissions()


def send(client: Client, url: str, data: dict):
    response = client.post(url, data)
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, (url, data)
    return response


def stored_as_accepted(
    model, before: int, response, data: dict, fields: dict[str, str], find: Callable
) -> None:
    """A refused form stores nothing; an accepted one stores each field as cleaned (a
    repeated one nothing new)."""
    after = model.objects.count()
    if response.status_code != HTTPStatus.FOUND:
        assert after == before, data
        return
    record = find(data)
    assert record is not None, data
    if after == before:
        return  # the same text from the same address again: stored once, as first sent
    for field, attribute in fields.items():
        expected = data.get(field, "").strip()
        if field == "email":
            expected = expected.lower()
        assert getattr(record, attribute) == expected, (field, data)


@pytest.fixture(autouse=True)
def _no_rate_limits(settings) -> None:
    settings.RATELIMIT_FORM_PER_IP = "100000/h"
    settings.RATELIMIT_FORM_PER_EMAIL = "100000/h"
    settings.RATELIMIT_LINK_PER_IP = "100000/h"


@pytest.fixture
def consultation(home_page: HomePage) -> ConsultationPage:
    return make_consultation(home_page)


@pytest.fixture
def comment(consultation: ConsultationPage) -> Contribution:
    return ContributionFactory(
        consultation=consultation, block_id=consultation.paragraphs[-1].block_id
    )


def latest_contribution(data: dict) -> Contribution | None:
    """By the person (name+tag@ is name@), as the duplicate check finds them."""
    return (
        Contribution.objects.filter(
            text=data.get("text", "").strip(), email_key=email_key(data.get("email", ""))
        )
        .order_by("-pk")
        .first()
    )


AUTHOR = {"text": "text", "author_name": "author_name", "email": "email"}


def test_comment_form(client: Client, consultation: ConsultationPage, form_started: str) -> None:
    url = f"{consultation.url}paragraph/{consultation.paragraphs[-1].block_id}/"
    fields = form(
        form_started,
        text=text_field("Mehr Abendkurse, bitte."),
        author_name=text_field("Ana"),
        email=email_field(),
        on_behalf_of_organisation=checkbox(""),
        organisation=text_field(""),
        topic=field("", TEXT),
        notify_on_answer=checkbox(""),
        consent=checkbox(),
    )

    @FUZZ
    @given(fields)
    def check(data: dict) -> None:
        before = Contribution.objects.count()
        response = send(client, url, data)
        stored_as_accepted(Contribution, before, response, data, AUTHOR, latest_contribution)

    check()


def test_reply_form(client: Client, comment: Contribution, form_started: str) -> None:
    url = f"{comment.consultation.url}contribution/{comment.pk}/reply/"
    fields = form(
        form_started,
        text=text_field("Da stimme ich zu."),
        author_name=text_field("Bob"),
        email=email_field(),
        notify_on_answer=checkbox(""),
        consent=checkbox(),
    )

    @FUZZ
    @given(fields)
    def check(data: dict) -> None:
        before = Contribution.objects.count()
        response = send(client, url, data)
        stored_as_accepted(Contribution, before, response, data, AUTHOR, latest_contribution)

    check()


def test_support_form(client: Client, comment: Contribution, form_started: str) -> None:
    url = f"{comment.consultation.url}contribution/{comment.pk}/support/"

    @FUZZ
    @given(form(form_started, email=email_field(), consent=checkbox()))
    def check(data: dict) -> None:
        before = Support.objects.count()
        response = send(client, url, data)
        if response.status_code != HTTPStatus.FOUND:
            assert Support.objects.count() == before
        else:
            assert Support.objects.filter(contribution=comment).exists()

    check()


def test_report_form(client: Client, comment: Contribution, form_started: str) -> None:
    url = f"{comment.consultation.url}contribution/{comment.pk}/report/"

    @FUZZ
    @given(form(form_started, reason=text_field("Eine Telefonnummer.")))
    def check(data: dict) -> None:
        before = Report.objects.count()
        response = send(client, url, data)
        stored_as_accepted(
            Report,
            before,
            response,
            data,
            {"reason": "reason"},
            lambda data: Report.objects.order_by("-pk").first(),
        )

    check()


def test_feedback_form(client: Client, home_page: HomePage, form_started: str) -> None:
    page = home_page.add_child(
        instance=FeedbackPage(title="Feedback", slug="feedback", intro="<p>Ihre Meinung</p>")
    )
    fields = form(
        form_started,
        text=text_field("Längere Öffnungszeiten."),
        author_name=text_field(""),
        organisation=text_field(""),
        email=email_field(),
        topic=field("", TEXT),
        notify_on_answer=checkbox(""),
        consent=checkbox(),
    )

    @FUZZ
    @given(fields)
    def check(data: dict) -> None:
        before = Contribution.objects.count()
        response = send(client, page.url, data)
        stored_as_accepted(
            Contribution,
            before,
            response,
            data,
            {**AUTHOR, "organisation": "organisation"},
            latest_contribution,
        )

    check()


@pytest.fixture
def session(home_page: HomePage) -> ForumSessionPage:
    return ForumSessionPageFactory(parent=make_forum(home_page), capacity=3)


def test_forum_registration_form(
    client: Client, session: ForumSessionPage, form_started: str
) -> None:
    fields = form(
        form_started,
        name=text_field("Amira Saleh"),
        email=email_field(),
        organisation=text_field(""),
        interpretation=field("", st.sampled_from(["ar", "gsg", "xx"]), TEXT),
        accessibility_needs=text_field(""),
        consent=checkbox(),
    )

    @FUZZ
    @given(fields)
    def check(data: dict) -> None:
        before = Registration.objects.count()
        response = send(client, session.url + "register/", data)
        if response.status_code == HTTPStatus.FOUND and Registration.objects.count() == before:
            # A second form for the same person (name+tag@ is name@) changes nothing.
            key = email_key(data.get("email", ""))
            assert Registration.objects.filter(email_key=key).exists(), data
            return
        stored_as_accepted(
            Registration,
            before,
            response,
            data,
            {
                "name": "name",
                "email": "email",
                "organisation": "organisation",
                "accessibility_needs": "accessibility_needs",
            },
            lambda data: Registration.objects.order_by("-pk").first(),
        )

    check()


def tokens(valid: str) -> st.SearchStrategy[str]:
    """A valid token, a damaged one, or anything."""
    return st.one_of(st.just(valid), st.just(valid[:-3] + "abc"), TEXT)


def test_confirm_and_cancel_links(
    client: Client, comment: Contribution, session: ForumSessionPage
) -> None:
    pending = ContributionFactory(
        consultation=comment.consultation,
        moderation_status=Contribution.ModerationStatus.UNCONFIRMED,
        confirmed_at=None,
        published_at=None,
    )
    registration = RegistrationFactory(session=session)
    links = st.one_of(
        st.tuples(
            st.just(f"{comment.consultation.url}confirm/"),
            tokens(CONFIRMATION.token({"kind": "contribution", "id": pending.pk})),
        ),
        st.tuples(
            st.just(f"{session.url}confirm/"),
            tokens(link_token(FORUM_CONFIRMATION, registration)),
        ),
        st.tuples(st.just(f"{session.url}cancel/"), tokens(link_token(CANCELLATION, registration))),
    )

    @FUZZ
    @given(links, st.dictionaries(st.sampled_from(["token", "action", "x"]), TEXT, max_size=2))
    def check(link: tuple[str, str], body: dict) -> None:
        url, token = link
        # Browsers percent-encode the address; WSGI carries it as Latin-1.
        response = client.post(url, body, QUERY_STRING=urlencode({"token": token}))
        assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, (url, token, body)
        assert client.get(url, {"token": token}).status_code < HTTPStatus.INTERNAL_SERVER_ERROR

    check()


def test_my_data_forms(client: Client, comment: Contribution, form_started: str) -> None:
    overview = f"{reverse('my_data_overview')}?token={ACCESS.token('nobody@example.org')}"

    @FUZZ
    @given(
        form(form_started, email=email_field()),
        st.fixed_dictionaries(
            {},
            optional={
                "action": st.one_of(st.sampled_from(["erase", "withdraw"]), TEXT),
                "item": st.one_of(st.just(f"contribution-{comment.pk}"), TEXT),
                "confirm": st.sampled_from(["on", "", "1"]),
            },
        ),
    )
    def check(request_data: dict, overview_data: dict) -> None:
        send(client, reverse("my_data"), request_data)
        send(client, overview, overview_data)
        # Someone else's link never touches the comment.
        comment.refresh_from_db()
        assert comment.withdrawn_at is None and comment.email

    check()


def test_the_fuzzing_reaches_accepted_forms_too(
    client: Client, consultation: ConsultationPage, form_started: str
) -> None:
    """A check that the strategies are not all refused: a plain valid comment passes."""
    url = f"{consultation.url}paragraph/{consultation.paragraphs[-1].block_id}/"
    data = {"text": "Gut.", "author_name": "A", "email": "a@example.org", "consent": "on"}
    response = send(client, url, {**data, "started": form_started, "website": ""})
    assert response.status_code == HTTPStatus.FOUND
    assert re.search("sent", response["Location"])
