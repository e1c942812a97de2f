import time

import pytest
from django import forms
from django.core import mail, signing
from django.test import RequestFactory

from home.participation import (
    LinkError,
    SignedLink,
    SpamProtectedForm,
    email_hash,
    email_key,
    hash_ip,
    validate_plain_text,
)
from home.participation.forms import MAX_FILL_SECONDS
from home.tasks import queue_mail


class NameForm(SpamProtectedForm):
    from django import forms

    name = forms.CharField(max_length=20)


def filled_form(seconds_ago: float, **data) -> NameForm:
    started = signing.dumps(time.time() - seconds_ago, salt="teilhabe.form-started")
    return NameForm(data={"name": "Ana", "started": started, "website": "", **data})


def test_person_who_takes_a_few_seconds_gets_through() -> None:
    assert filled_form(10).is_valid()


def test_bot_filling_the_honeypot_is_refused() -> None:
    form = filled_form(10, website="http://spam.example")
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "honeypot"


def test_form_sent_faster_than_a_human_can_type_is_refused() -> None:
    form = filled_form(0.5)
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "too_fast"


def test_tampered_start_time_is_refused() -> None:
    form = filled_form(10, started="forged")
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "tampered"


def test_stale_form_is_refused_with_a_request_to_send_again() -> None:
    form = filled_form(MAX_FILL_SECONDS + 60)
    assert not form.is_valid()
    assert form.non_field_errors().as_data()[0].code == "stale"


def test_honeypot_is_rendered_hidden_and_out_of_tab_order() -> None:
    html = str(NameForm())
    assert '<div class="hp">' in html
    assert 'tabindex="-1"' in html


def test_field_error_is_linked_to_its_input() -> None:
    form = filled_form(10, name="x" * 30)
    assert not form.is_valid()
    html = str(form["name"].as_field_group())
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_name_error"' in html
    assert 'id="id_name_error"' in html


def test_links_are_bound_to_their_purpose_and_expire(settings) -> None:
    settings.PARTICIPATION_LINK_HOURS = {"confirm": 1, "cancel": None, "old": -1}
    token = SignedLink("confirm").token(42)
    assert SignedLink("confirm").read(token) == 42
    with pytest.raises(LinkError) as wrong_purpose:
        SignedLink("cancel").read(token)
    assert not wrong_purpose.value.expired
    old = SignedLink("old")
    with pytest.raises(LinkError) as expired:
        old.read(old.token(42))
    assert expired.value.expired
    assert old.read(old.token(42), allow_expired=True) == 42


@pytest.mark.parametrize(
    "spelling",
    ["name@example.org", "Name@Example.org", " name+x@example.org", "NAME+a+b@EXAMPLE.ORG"],
)
def test_every_spelling_of_an_address_is_one_person(spelling: str) -> None:
    assert email_key(spelling) == "name@example.org"


def test_a_plus_address_agrees_as_the_same_person() -> None:
    """Regression: "I agree" keeps only a hash, which must not tell "+tag" apart."""
    assert email_hash("Name+umfrage@Example.org") == email_hash("name@example.org")
    assert email_hash("name@example.org") != email_hash("name@example.com")


@pytest.mark.parametrize(
    "invisible",
    [
        "\u2066",  # left-to-right isolate
        "\u2067",  # right-to-left isolate
        "\u2068",  # first strong isolate
        "\u2069",  # pop directional isolate
        "\u202e",  # right-to-left override
        "\u2028",  # line separator
        "\u2029",  # paragraph separator
        "\ufeff",  # zero width no-break space
        "\x85",  # next line (C1)
        "\x9b",  # control sequence introducer (C1)
        "\x00",
    ],
)
def test_invisible_control_characters_are_refused(invisible: str) -> None:
    with pytest.raises(forms.ValidationError) as refused:
        validate_plain_text(f"Gute Idee{invisible}, wirklich.")
    assert refused.value.code == "control_characters"


@pytest.mark.parametrize(
    "text",
    [
        "Bitte mehr Sprachkurse.\nAuch am Wochenende.",
        "نوشته‌ها",  # Persian needs the zero width non-joiner in compounds
        "👩‍👩‍👧 Familien",  # emoji sequences are joined with the zero width joiner
        "مرحبا، هذا تعليق",
    ],
)
def test_ordinary_text_in_every_script_passes(text: str) -> None:
    validate_plain_text(text)


def test_ip_hash_is_stable_and_not_the_address() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7")
    assert hash_ip(request) == hash_ip(request)
    assert "203.0.113.7" not in hash_ip(request)


@pytest.mark.django_db
def test_queued_mail_goes_out_only_after_commit(django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        queue_mail(
            "Betreff", "Text", ["ana@example.org"], [("a.ics", "BEGIN:VCALENDAR", "text/calendar")]
        )
        assert mail.outbox == []
    assert mail.outbox[0].subject == "Betreff"
    assert mail.outbox[0].attachments[0][0] == "a.ics"
