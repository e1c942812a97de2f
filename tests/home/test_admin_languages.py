"""Staff use the admin in any of the site's eight languages, right to left where the
language is written so."""

from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client: Client):
    user = get_user_model().objects.create_superuser("staff", "staff@example.org", "pw")
    client.force_login(user)
    return user


def test_staff_can_choose_any_of_the_eight_languages_for_the_admin(client: Client, staff) -> None:
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == HTTPStatus.OK
    select = BeautifulSoup(response.text, "html.parser").select_one(
        "select[name='locale-preferred_language']"
    )
    offered = {option["value"] for option in select.find_all("option") if option["value"]}
    assert offered == {code for code, _name in settings.LANGUAGES}


def form_values(html: str) -> dict[str, str]:
    """What a browser would send from the account form as it is shown."""
    form = BeautifulSoup(html, "html.parser").select_one("main form[method=post]")
    values = {}
    for field in form.select("input[name], select[name]"):
        if field.name == "select":
            chosen = field.select_one("option[selected]") or field.select_one("option")
            values[field["name"]] = chosen["value"] if chosen else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                values[field["name"]] = field.get("value", "on")
        elif field.get("type") not in ("file", "password"):
            values[field["name"]] = field.get("value", "")
    return values


def test_staff_save_their_admin_language_in_their_account(client: Client, staff) -> None:
    values = form_values(client.get(reverse("wagtailadmin_account")).text)
    values.update({"name_email-first_name": "Sam", "name_email-last_name": "Staff"})
    values["locale-preferred_language"] = "uk"
    response = client.post(reverse("wagtailadmin_account"), values)
    assert response.status_code == HTTPStatus.FOUND
    assert UserProfile.get_for_user(staff).preferred_language == "uk"


@pytest.mark.parametrize(
    ("language", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("uk", "ltr"), ("tr", "ltr")]
)
def test_admin_speaks_the_chosen_language_in_its_direction(
    client: Client, staff, language: str, direction: str
) -> None:
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == HTTPStatus.OK
    html = BeautifulSoup(response.text, "html.parser").html
    assert (html["lang"], html["dir"]) == (language, direction)
    with translation.override(language):
        dashboard = gettext("Dashboard")
    assert dashboard != "Dashboard"  # Wagtail's own catalogue has the language
    assert dashboard in response.text
