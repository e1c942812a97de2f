"""Staff sign in with a password and a code from an authenticator app (or a recovery code).
Moderation and Evaluation must; everyone else may, and once they did, always does."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.two_factor import new_recovery_codes

pytestmark = pytest.mark.django_db
ADMIN = "/admin/"


@pytest.fixture(autouse=True)
def _required_for_moderation_and_evaluation(settings) -> None:
    settings.TWO_FACTOR_REQUIRED_GROUPS = ["Moderation", "Evaluation"]
    # After a wrong code django-otp makes the next try wait a second, and longer after
    # each further one; these tests type the right code at once.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def staff(name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def signed_in(user) -> Client:
    """A fresh browser session after the password (the first factor)."""
    client = Client()
    client.force_login(user)
    return client


def code_of(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):0{device.digits}d}"


def with_authenticator(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


@pytest.mark.parametrize("group", ["Moderation", "Evaluation"])
def test_moderators_and_evaluators_must_set_it_up_first(group: str) -> None:
    response = signed_in(staff("mo", group)).get(ADMIN)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("two_factor_setup"))


def test_editors_may_work_without_it(home_page) -> None:
    assert signed_in(staff("eda", "Editors")).get(ADMIN).status_code == HTTPStatus.OK


def test_setting_it_up_takes_a_code_from_the_app_and_shows_recovery_codes() -> None:
    moderator = staff("mo", "Moderation")
    client = signed_in(moderator)
    page = client.get(reverse("two_factor_setup"))
    assert page.status_code == HTTPStatus.OK
    assert "<svg" in page.text
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)

    wrong = client.post(reverse("two_factor_setup"), {"code": "000000"})
    assert wrong.status_code == HTTPStatus.OK and not TOTPDevice.objects.get().confirmed
    done = client.post(reverse("two_factor_setup"), {"code": code_of(device)})
    assert done.status_code == HTTPStatus.OK
    assert len(done.context["codes"]) == 10
    assert TOTPDevice.objects.get().confirmed
    assert client.get(ADMIN).status_code == HTTPStatus.OK


def test_with_it_set_up_the_admin_asks_for_a_code_after_the_password(home_page) -> None:
    editor = staff("eda", "Editors")  # optional for editors, but once set up, asked for
    device = with_authenticator(editor)
    client = signed_in(editor)
    response = client.get(ADMIN + "pages/")
    assert response["Location"].startswith(reverse("two_factor_verify"))
    assert client.get(reverse("two_factor_setup"))["Location"].startswith(
        reverse("two_factor_verify")
    ), "nobody adds a second app with the password alone"

    wrong = client.post(reverse("two_factor_verify"), {"code": "123456", "next": ADMIN})
    assert wrong.status_code == HTTPStatus.OK
    right = client.post(reverse("two_factor_verify"), {"code": code_of(device), "next": ADMIN})
    assert right.status_code == HTTPStatus.FOUND
    assert right["Location"] == ADMIN
    assert client.get(ADMIN).status_code == HTTPStatus.OK


def test_a_recovery_code_works_once(home_page) -> None:
    moderator = staff("mo", "Moderation")
    with_authenticator(moderator)
    [first, *_others] = new_recovery_codes(moderator)
    used = signed_in(moderator).post(reverse("two_factor_verify"), {"code": first})
    assert used.status_code == HTTPStatus.FOUND
    again = signed_in(moderator).post(reverse("two_factor_verify"), {"code": first})
    assert again.status_code == HTTPStatus.OK  # refused, the form again


def test_only_those_who_need_not_use_it_may_switch_it_off(home_page) -> None:
    for name, group, switched_off in (("eda", "Editors", True), ("mo", "Moderation", False)):
        user = staff(name, group)
        device = with_authenticator(user)
        client = signed_in(user)
        client.post(reverse("two_factor_verify"), {"code": code_of(device)})
        client.post(reverse("two_factor_manage"), {"action": "switch_off"})
        assert TOTPDevice.objects.filter(user=user).exists() is not switched_off
