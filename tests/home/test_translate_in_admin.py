"""An editor translates a page in the admin with wagtail-localize's own views."""

from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import HomePage
from tests.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_editor_submits_a_page_for_translation_and_edits_it(
    client: Client, home_page: HomePage
) -> None:
    client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.org", "pw"))
    page = ContentPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    english = Locale.objects.get(language_code="en")

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == HTTPStatus.FOUND
    translation = Page.objects.get(translation_key=page.translation_key, locale=english)
    assert translation.alias_of_id is None

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    assert editor.status_code == HTTPStatus.OK
    assert "Über uns" in editor.text  # the translation editor shows the source strings
