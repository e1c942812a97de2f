"""Done when: a person reads the draft in Arabic, comments on paragraph 3.2, confirms by
e-mail, a moderator approves it in the admin, and it appears under 3.2 in every language."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import Page, expect

from beteiligung.models import ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, make_consultation
from tests.browser.conftest import assert_accessible
from tests.factories import make_site, translate


@pytest.fixture
def consultation(live_server) -> dict[str, ConsultationPage]:
    home = make_site()
    german = make_consultation(home)
    ContributionFactory(
        consultation=german,
        block_id=german.paragraphs[-1].block_id,
        text="Schon ein veröffentlichter Kommentar.",
    )
    versions = {"de": german}
    versions["ar"] = translate(german, "ar", {"Integrationskonzept 2027": "مفهوم الاندماج 2027"})
    versions["en"] = translate(german, "en", {"Integrationskonzept 2027": "Integration concept"})
    # A superuser: live-server tests flush the database, including the Moderation group
    # its migration made; that group's permissions are tested in tests/beteiligung.
    get_user_model().objects.create_superuser("mona", "mona@example.org", "geheim-123")
    return versions


def test_arabic_reader_comments_on_paragraph_3_2_and_it_appears_everywhere(
    page: Page, axe: Axe, consultation: dict
) -> None:
    arabic = consultation["ar"]
    page.goto(arabic.url)
    assert_accessible(axe, page)
    paragraph = page.locator(
        "section.paragraph", has=page.locator(".paragraph__number", has_text=re.compile(r"^3\.2$"))
    )

    # With JavaScript the comments open below the paragraph.
    link = paragraph.locator("a[data-inline-comments]")
    link.click()
    expect(paragraph.locator(".inline-thread")).to_contain_text(
        "Schon ein veröffentlichter Kommentar."
    )
    expect(link).to_have_attribute("aria-expanded", "true")
    assert_accessible(axe, page)

    # The form lives on the paragraph's own page.
    page.goto(link.get_attribute("href"))
    page.get_by_role("button").filter(has_text=re.compile(".")).last.click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(axe, page)

    page.locator("#id_text").fill("أقترح دورات لغة مسائية.\nوأيضاً في عطلة نهاية الأسبوع.")
    page.locator("#id_author_name").fill("ليلى")
    page.locator("#id_email").fill("layla@example.org")
    page.locator("#id_consent").check()
    page.wait_for_timeout(3100)  # a person takes longer than the minimum fill time
    page.locator("form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/sent/comment/$"))
    assert_accessible(axe, page)

    link = re.search(r"https?://[^/\s]+(/\S+)", mail.outbox[-1].body).group(1)
    page.goto(link)
    assert_accessible(axe, page)
    assert Contribution.objects.get(author_name="ليلى").confirmed_at is None
    page.locator("main form button[type=submit]").click()
    expect(page.locator("[role=status]")).to_be_visible()
    assert_accessible(axe, page)
    contribution = Contribution.objects.get(author_name="ليلى")
    assert contribution.moderation_status == Contribution.ModerationStatus.PENDING

    # A moderator approves it in the admin.
    page.goto("/admin/login/")
    page.locator("#id_username").fill("mona")
    page.locator("#id_password").fill("geheim-123")
    page.locator("form button[type=submit]").click()
    page.goto(f"/admin/moderation/edit/{contribution.pk}/")
    page.locator("#id_moderation_status").select_option("published")
    page.get_by_role("button", name=re.compile("^(Speichern|Save)$")).click()
    expect(page.locator(".messages")).to_be_visible()
    contribution.refresh_from_db()
    assert contribution.is_published

    for version in consultation.values():
        page.goto(version.url)
        count_link = page.locator(f"#p-{contribution.block_id} a[data-inline-comments]")
        expect(count_link).to_contain_text("2")
        page.goto(count_link.get_attribute("href"))
        expect(page.locator(".thread")).to_contain_text("أقترح دورات لغة مسائية.")


def test_citizen_comments_without_javascript(browser, live_server, consultation: dict) -> None:
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    german = consultation["de"]
    tab.goto(german.url)
    tab.locator(f"#p-{german.paragraphs[-1].block_id} a[data-inline-comments]").click()
    expect(tab.locator("h1")).to_contain_text("3.2")
    expect(tab.locator(".thread")).to_contain_text("Schon ein veröffentlichter Kommentar.")
    tab.locator("#id_text").fill("Auch ohne JavaScript.")
    tab.locator("#id_author_name").fill("Jo")
    tab.locator("#id_email").fill("jo@example.org")
    tab.locator("#id_consent").check()
    tab.wait_for_timeout(3100)
    tab.locator("form.form button[type=submit]").click()
    expect(tab).to_have_url(re.compile(r"/sent/comment/$"))
    assert Contribution.objects.filter(author_name="Jo").exists()
    context.close()
