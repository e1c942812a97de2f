"""The Intercultural Forum in a real browser: a person registers, confirms and cancels;
every forum page is accessible in German, English and Arabic."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect
from wagtail.models import Site

from forum import services
from forum.mails import CANCELLATION, CONFIRMATION, link_token
from forum.models import ForumAgendaItem, ForumSessionPage, Registration
from home.models import SiteSettings
from home.participation import forms as participation_forms
from tests.browser.conftest import assert_accessible
from tests.factories import ContentPageFactory, TopicFactory, make_site, translate
from tests.forum.factories import ForumSessionPageFactory, RegistrationFactory, make_forum

STRINGS = {
    "en": {
        "Interkulturelles Forum": "Intercultural Forum",
        "forum-sitzungen": "forum",
        "Wohnen in der Region": "Housing in the region",
        "wohnen": "housing",
        "Vielfalt im Verein": "Diversity in clubs",
        "vielfalt": "diversity",
    },
    "ar": {
        "Interkulturelles Forum": "المنتدى بين الثقافات",
        "forum-sitzungen": "muntada",
        "Wohnen in der Region": "السكن في المنطقة",
        "wohnen": "sakan",
        "Vielfalt im Verein": "التنوع في الجمعيات",
        "vielfalt": "tanawwu",
    },
}


@pytest.fixture(autouse=True)
def _quick_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """People in these tests type fast; the honeypot still applies."""
    monkeypatch.setattr(participation_forms, "MIN_FILL_SECONDS", 0)
    cache.clear()


@pytest.fixture
def forum_site(live_server) -> dict[str, ForumSessionPage]:
    """A forum with an upcoming session with agenda and a past one with results, in
    German, English and Arabic; returns the sessions per language."""
    home = make_site()
    privacy = ContentPageFactory(parent=home, title="Datenschutz", show_in_menus=False)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.save()
    forum = make_forum(home)
    upcoming = ForumSessionPageFactory(
        parent=forum,
        title="Wohnen in der Region",
        slug="wohnen",
        capacity=5,
        online_url="https://meet.example.org/wohnen",
    )
    ForumSessionPageFactory(
        parent=forum,
        title="Vielfalt im Verein",
        slug="vielfalt",
        topic=TopicFactory(name="Interkulturelle Öffnung", slug="diversity"),
        start=timezone.now() - datetime.timedelta(days=100),
        end=timezone.now() - datetime.timedelta(days=100) + datetime.timedelta(hours=2),
        results=[("result", "Mehr Sprachmittlung."), ("result", "Ein Fonds.")],
        minutes="<p>Gute Stimmung.</p>",
    )
    ForumAgendaItem.objects.create(page=upcoming, time=datetime.time(18), title="Begrüßung")
    upcoming.save_revision().publish()
    sessions = {"de": upcoming}
    for code in ("en", "ar"):
        translate(home, code)
        translate(forum, code, STRINGS[code])
        for page in ForumSessionPage.objects.child_of(forum):
            translated = translate(page, code, STRINGS[code])
            if page.pk == upcoming.pk:
                sessions[code] = translated
    return sessions


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def mailed_link(kind: str) -> str:
    for message in reversed(mail.outbox):
        found = re.search(rf"https?://\S+/{kind}/\?token=\S+", message.body)
        if found:
            return path_of(found.group(0))
    raise AssertionError(f"no {kind} link in {len(mail.outbox)} mails")


def fill_form(page: Page, name: str, email: str) -> None:
    page.locator("#id_name").fill(name)
    page.locator("#id_email").fill(email)
    page.locator("#id_interpretation_1").check()
    page.locator("#id_consent").check()


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_forum_pages_have_no_axe_violations(
    page: Page, axe: Axe, forum_site: dict, language: str
) -> None:
    session = forum_site[language]
    registration = RegistrationFactory(session=forum_site["de"], language=language)
    services.confirm(registration)
    waiting = RegistrationFactory(session=forum_site["de"], language=language)
    confirm_path = f"{session.subpage_url('confirm')}?token={link_token(CONFIRMATION, waiting)}"
    cancel_path = f"{session.subpage_url('cancel')}?token={link_token(CANCELLATION, registration)}"
    past = ForumSessionPage.objects.get(locale=session.locale, topic__slug="diversity")
    for path in [
        session.get_parent().url,
        session.url,
        past.url,
        session.url + "register/",
        session.url + "register/sent/",
        confirm_path,
        cancel_path,
    ]:
        response = page.goto(path)
        assert response.status == 200, path
        assert_accessible(axe, page)

    # A form sent with mistakes shows the error summary; it too must be accessible.
    page.goto(session.url + "register/")
    page.locator("#id_email").fill("keine-adresse")
    page.locator("form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(axe, page)


def test_person_registers_confirms_and_cancels(
    browser: Browser, live_server, forum_site: dict
) -> None:
    """Without JavaScript, as the site promises: plain forms and links all the way."""
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    tab = context.new_page()
    session = forum_site["en"]

    tab.goto(session.url)
    tab.get_by_role("link", name="Register for this session").click()
    expect(tab.locator("h1")).to_have_text("Register")
    fill_form(tab, "Amira Saleh", "amira@example.org")
    tab.get_by_role("button", name="Send registration").click()
    expect(tab.locator("h1")).to_have_text("Please check your e-mail")

    registration = Registration.objects.get(email="amira@example.org")
    assert registration.status == Registration.Status.PENDING
    assert registration.language == "en"

    tab.goto(mailed_link("confirm"))
    expect(tab.locator("h1")).to_have_text("Confirm your registration")
    tab.get_by_role("button", name="Confirm registration").click()
    expect(tab.locator("h1")).to_have_text("Your seat is confirmed")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert mail.outbox[-1].attachments, "the confirmation carries the .ics file"

    tab.goto(mailed_link("cancel"))
    tab.get_by_role("button", name="Cancel my registration").click()
    expect(tab.locator("h1")).to_have_text("Your registration is cancelled")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED
    context.close()


def test_full_session_puts_the_next_person_on_the_waitlist(page: Page, forum_site: dict) -> None:
    german = forum_site["de"]
    for _ in range(german.capacity):
        services.confirm(RegistrationFactory(session=german))
    session = forum_site["en"]
    page.goto(session.url)
    page.get_by_role("link", name="Register for the waitlist").click()
    fill_form(page, "Boris", "boris@example.org")
    page.get_by_role("button", name="Register for the waitlist").click()
    page.goto(mailed_link("confirm"))
    page.get_by_role("button", name="Confirm registration").click()
    expect(page.locator("h1")).to_have_text("You are on the waitlist")
    expect(page.locator("main")).to_contain_text("You are number 1 on the waitlist.")


def test_arabic_session_page_mirrors(page: Page, forum_site: dict) -> None:
    page.goto(forum_site["ar"].url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    box = page.locator(".forum-registration").bounding_box()
    heading = page.locator(".forum-registration h2").bounding_box()
    assert heading["x"] + heading["width"] > box["x"] + box["width"] - 40


def test_forum_pages_need_no_sideways_scrolling_on_small_screens(
    browser: Browser, live_server, forum_site: dict
) -> None:
    context = browser.new_context(base_url=live_server.url, viewport={"width": 320, "height": 640})
    tab = context.new_page()
    for language in ("de", "ar"):
        session = forum_site[language]
        for path in (session.get_parent().url, session.url, session.url + "register/"):
            tab.goto(path)
            overflow = tab.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, path
    context.close()
