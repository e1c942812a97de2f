import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import Site

from home.models import HomePage, SiteSettings
from tests.factories import ContentPageFactory, translate

pytestmark = pytest.mark.django_db


def test_footer_shows_contact_and_links_in_the_visitors_language(
    client: Client, home_page: HomePage
) -> None:
    privacy = ContentPageFactory(parent=home_page, title="Datenschutz", slug="datenschutz")
    translate(privacy, "en", {"Datenschutz": "Privacy", "datenschutz": "privacy"})
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.phone = "0511 616-00000"
    settings.email = "teilhabe@region-hannover.example"
    settings.privacy_page = privacy
    settings.save()

    footer = BeautifulSoup(client.get("/en/").text, "html.parser").find("footer")
    assert footer.find("a", href="tel:0511616-00000")
    assert footer.find("a", href="/en/privacy/").get_text() == "Privacy"

    german_footer = BeautifulSoup(client.get("/").text, "html.parser").find("footer")
    assert german_footer.find("a", href="/datenschutz/").get_text() == "Datenschutz"
