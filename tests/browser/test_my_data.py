""" "My data" in a real browser: a person asks for the link from the footer, opens it from the
mail, downloads everything, deletes it; the discussion stays whole and the forum seat goes
to the waitlist. Every page of it is accessible in German, English and Arabic."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Page, expect

from beteiligung.models import Contribution
from forum import services as forum_services
from forum.models import Registration
from home.my_data_views import ACCESS
from home.participation import forms as participation_forms
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.browser.conftest import assert_accessible
from tests.factories import make_site, translate
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

ANA = "ana@example.org"


@pytest.fixture(autouse=True)
def _quick_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """People in these tests type fast; the honeypot still applies."""
    monkeypatch.setattr(participation_forms, "MIN_FILL_SECONDS", 0)
    cache.clear()


@pytest.fixture
def anas_site(live_server) -> dict:
    """Ana's published comment with Bob's reply, and her seat in a full session with Carl
    waiting; the start page in German, English and Arabic."""
    home = make_site()
    for code in ("en", "ar"):
        translate(home, code)
    consultation = make_consultation(home)
    block_id = consultation.paragraphs[-1].block_id
    comment = ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        email=ANA,
        author_name="Ana K.",
        text="Mehr Abendkurse, bitte.",
    )
    ContributionFactory(
        consultation=consultation,
        block_id=block_id,
        parent=comment,
        author_name="Bob",
        text="Gute Idee, Ana!",
    )
    session = ForumSessionPageFactory(parent=make_forum(home), capacity=1, title="Wohnen")
    seat = RegistrationFactory(session=session, email=ANA, name="Ana Kaya")
    forum_services.confirm(seat)
    carl = RegistrationFactory(session=session, email="carl@example.org", name="Carl")
    forum_services.confirm(carl)
    return {
        "comment": comment,
        "carl": carl,
        "paragraph": f"{consultation.url}paragraph/{block_id}/",
    }


def mailed_path() -> str:
    for message in reversed(mail.outbox):
        found = re.search(r"https?://\S+/overview/\?token=\S+", message.body)
        if found:
            parts = urlsplit(found.group(0))
            return f"{parts.path}?{parts.query}"
    raise AssertionError(f"no link in {len(mail.outbox)} mails")


def test_person_requests_downloads_and_deletes_their_data(
    page: Page, anas_site: dict, tmp_path: Path
) -> None:
    page.goto("/en/")
    page.locator("footer").get_by_role("link", name="My data").click()
    expect(page.locator("h1")).to_have_text("My data")
    page.get_by_label("E-mail address").fill(ANA)
    page.get_by_role("button", name="Send me the link").click()
    expect(page.locator("h1")).to_have_text("Please check your e-mail")

    page.goto(mailed_path())
    expect(page.locator("h1")).to_have_text("Your data")
    main = page.locator("main")
    expect(main).to_contain_text("Mehr Abendkurse, bitte.")
    expect(main).to_contain_text("Ana Kaya")

    with page.expect_download() as download:
        page.get_by_role("link", name="as a JSON file (for other services)").click()
    saved = tmp_path / "my-data.json"
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    texts = [item["text"] for section in data["sections"] for item in section["items"]]
    assert "Mehr Abendkurse, bitte." in texts

    page.get_by_label("Yes, delete my data as described above.").check()
    page.get_by_role("button", name="Delete my data").click()
    expect(page.locator(".notice[role=status]")).to_contain_text("Your data has been deleted.")
    expect(main).not_to_contain_text("Ana Kaya")

    # The discussion stays whole, without her name; her seat went to Carl.
    page.goto(anas_site["paragraph"])  # the consultation is in German only
    expect(main).to_contain_text("Mehr Abendkurse, bitte.")
    expect(main).to_contain_text("Gute Idee, Ana!")
    expect(main).to_contain_text("Autor*in gelöscht")
    expect(main).not_to_contain_text("Ana K.")
    assert Contribution.objects.filter(email_key=ANA).count() == 0
    assert Registration.objects.get(pk=anas_site["carl"].pk).status == "confirmed"


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_my_data_pages_have_no_axe_violations(
    page: Page, axe: Axe, anas_site: dict, language: str
) -> None:
    with translation.override(language):
        request_url = reverse("my_data")
        sent_url = reverse("my_data_sent")
        overview_url = f"{reverse('my_data_overview')}?token={ACCESS.token(ANA)}"
        broken_url = f"{reverse('my_data_overview')}?token=broken"
    for path in (request_url, sent_url, overview_url):
        response = page.goto(path)
        assert response.status == 200, path
        assert_accessible(axe, page)
    assert page.goto(broken_url).status == 400
    assert_accessible(axe, page)

    # Mistakes are summarised and linked to their field.
    page.goto(request_url)
    page.locator("#id_email").fill("keine-adresse")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(axe, page)

    page.goto(overview_url)
    page.locator("form.form button[type=submit]").click()  # without ticking the box
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(axe, page)
