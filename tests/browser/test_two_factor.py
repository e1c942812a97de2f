"""Staff sign in with a code in a real browser: a new moderator sets up an authenticator
app, gets recovery codes, signs in again with one; a colleague signs in with the app."""

import base64
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from tests.factories import make_site


@pytest.fixture(autouse=True)
def _required(settings, live_server) -> None:
    settings.TWO_FACTOR_REQUIRED_GROUPS = ["Moderation", "Evaluation"]
    make_site()


def moderator(name: str):
    """A member of Moderation. (A browser test empties the tables afterwards, the groups the
    migrations made included, so the group is made again where needed.)"""
    group, _created = Group.objects.get_or_create(name="Moderation")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="moderate_contribution"),
    )
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "geheim-123")
    user.groups.add(group)
    return user


def sign_in(page: Page, username: str) -> None:
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("geheim-123")
    page.locator("form button[type=submit]").first.click()


def code_for(key: bytes) -> str:
    return f"{totp(key):06d}"


def test_moderator_sets_up_an_app_and_later_signs_in_with_a_recovery_code(page: Page) -> None:
    moderator("mona")
    sign_in(page, "mona")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/setup/"))
    expect(page.locator("main svg.segno")).to_be_visible()  # the QR code
    key = base64.b32decode(page.locator("main code").first.inner_text().replace(" ", ""))
    page.locator("#id_code").fill(code_for(key))
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".recovery-codes code")).to_have_count(10)
    codes = page.locator(".recovery-codes code").all_inner_texts()
    page.locator("main a.button").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.context.clear_cookies()
    sign_in(page, "mona")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/\?next="))
    page.locator("#id_code").fill(codes[0])
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_moderator_signs_in_with_a_code_from_the_app(page: Page) -> None:
    device = TOTPDevice.objects.create(user=moderator("moritz"), name="app", confirmed=True)
    sign_in(page, "moritz")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/\?next="))
    page.locator("#id_code").fill("000000")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("p.error-message")).to_be_visible()
    device.refresh_from_db()
    page.wait_for_timeout(1100)  # django-otp makes the next try wait after a wrong code
    page.locator("#id_code").fill(code_for(device.bin_key))
    page.locator("main form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto("/admin/moderation/")
    expect(page).to_have_url(re.compile(r"/admin/moderation/$"))
