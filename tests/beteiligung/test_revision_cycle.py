"""The revision cycle: versions are frozen, compared and linked to the contributions that
caused their changes, and every comment keeps its place when the document changes."""

import datetime
import json
import re
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client

from beteiligung import cycle
from beteiligung.models import ConceptVersion, ConsultationPage, Contribution
from tests.beteiligung.factories import ContributionFactory, user_in
from tests.factories import translate

pytestmark = pytest.mark.django_db

Step = ConceptVersion.Step


def edit(page: ConsultationPage, change) -> ConsultationPage:
    """Edits the document as an editor does, and publishes it."""
    raw = page.document.get_prep_value()
    change(raw)
    page.document = json.dumps(raw)
    page.save_revision().publish()
    return ConsultationPage.objects.get(pk=page.pk)


def freeze(page: ConsultationPage, number: int) -> ConceptVersion:
    step = Step.DRAFT if number == 1 else Step.REVISION
    return cycle.freeze_version(
        page, name=f"Fassung {number}", step=step, date=datetime.date(2026, 11, number)
    )


@pytest.fixture
def revised(consultation: ConsultationPage) -> dict:
    """Version 1 as published; version 2 rewords 3.2 and removes 1.1."""
    first = freeze(consultation, 1)
    old = {p.number: p.block_id for p in consultation.paragraphs}

    def rework(raw):
        for block in raw:
            if block["id"] == old["3.2"]:
                block["value"] = "<p>Absatz 3.2 mit Sprachkursen am Wochenende</p>"
        raw[:] = [block for block in raw if block["id"] != old["1.1"]]

    consultation = edit(consultation, rework)
    second = freeze(consultation, 2)
    return {"page": consultation, "v1": first, "v2": second, "ids": old}


def test_a_frozen_or_renamed_version_shows_on_the_pages_at_once(
    client: Client, consultation: ConsultationPage, settings
) -> None:
    """Versions are cached; freezing one or renaming it renews them (and the page cache)."""
    settings.PAGE_CACHE_SECONDS = 0

    def timeline() -> str:
        response = client.get(consultation.url)
        return BeautifulSoup(response.text, "html.parser").select_one(".timeline").get_text()

    assert "Fassung 1" not in timeline()
    version = freeze(consultation, 1)
    assert "Fassung 1" in timeline()
    version.name = "Entwurf für die Beteiligung"
    version.save()
    assert "Entwurf für die Beteiligung" in timeline()


def test_a_version_stays_as_it_was_when_the_page_changes(consultation: ConsultationPage) -> None:
    version = freeze(consultation, 1)
    edit(consultation, lambda raw: raw[1].update(value="<p>Ganz neu</p>"))
    version.refresh_from_db()
    assert "Absatz 1.1" in json.dumps(version.document("de"))
    assert "Ganz neu" not in json.dumps(version.document("de"))


def test_a_version_keeps_every_language_it_was_translated_into(
    consultation: ConsultationPage,
) -> None:
    translate(consultation, "en", {"Absatz 3.2": "Paragraph 3.2"})
    version = freeze(consultation, 1)
    assert sorted(version.languages) == ["de", "en"]
    assert "Paragraph 3.2" in json.dumps(version.document("en"))


def test_citizen_follows_the_answer_mail_to_the_change_their_comment_caused(
    client: Client, commit, revised: dict
) -> None:
    page, ids = revised["page"], revised["ids"]
    comment = ContributionFactory(
        consultation=page,
        block_id=ids["3.2"],
        paragraph_number="3.2",
        text="Bitte auch am Wochenende.",
        notify_on_answer=True,
        version=revised["v1"],
    )
    client.force_login(user_in("Evaluation", "eva"))
    edit_url = f"/admin/inbox/edit/{comment.pk}/"
    form = client.get(edit_url).text
    assert "Absatz 3.2 mit Sprachkursen am Wochenende" in form  # the wording panel
    choice = f"{revised['v2'].pk}:{ids['3.2']}"
    assert choice in form
    with commit():
        response = client.post(
            edit_url,
            {
                "review_status": "adopted",
                "public_answer": "Wir bieten Kurse am Wochenende an.",
                "internal_note": "",
                "tags": "",
                "changes": [choice],
            },
        )
    assert response.status_code == HTTPStatus.FOUND
    client.logout()

    [answer] = mail.outbox
    link = re.search(r"http://\S+", answer.body).group()
    assert "/compare/?from=1&to=2#change-" in link
    html = client.get(link.removeprefix("http://localhost")).text
    change = BeautifulSoup(html, "html.parser").select_one(f"#change-{ids['3.2']}")
    assert "Wochenende" in change.select_one("ins").get_text()
    assert "Bitte auch am Wochenende." in change.get_text()
    assert "Wir bieten Kurse am Wochenende an." in change.get_text()


def test_comparison_and_report_show_a_new_link_and_answer_at_once(
    client: Client, revised: dict, settings
) -> None:
    """Both are cached fragments; linking a contribution to a change, or answering it,
    renews them with the next request (page cache off: this is about the fragments)."""
    settings.PAGE_CACHE_SECONDS = 0
    page, ids = revised["page"], revised["ids"]
    comment = ContributionFactory(
        consultation=page, block_id=ids["3.2"], text="Bitte auch am Wochenende."
    )

    def under_change(path: str) -> str:
        html = client.get(f"{page.url}{path}").text
        return BeautifulSoup(html, "html.parser").select_one(f"#change-{ids['3.2']}").get_text()

    for path in ("compare/", "report/"):
        assert "Bitte auch am Wochenende." not in under_change(path)
    cycle.set_change_links(comment, [f"{revised['v2'].pk}:{ids['3.2']}"])
    for path in ("compare/", "report/"):
        assert "Bitte auch am Wochenende." in under_change(path)
    comment.public_answer = "Wir bieten Kurse am Wochenende an."
    comment.save()
    for path in ("compare/", "report/"):
        assert "Wir bieten Kurse am Wochenende an." in under_change(path)


def test_comment_on_a_removed_paragraph_is_shown_with_the_wording_it_was_written_on(
    client: Client, revised: dict
) -> None:
    page, ids = revised["page"], revised["ids"]
    ContributionFactory(
        consultation=page, block_id=ids["1.1"], paragraph_number="1.1", text="Das war gut so."
    )
    response = client.get(f"{page.url}paragraph/{ids['1.1']}/")
    assert response.status_code == HTTPStatus.OK
    assert "Absatz 1.1" in response.text
    assert "Dieser Absatz wurde in Fassung 2" in response.text
    assert "Das war gut so." in response.text


def test_comment_written_on_an_earlier_wording_shows_it_on_request(
    client: Client, consultation: ConsultationPage
) -> None:
    consultation = edit(consultation, lambda raw: None)  # a live revision to write on
    ids = {p.number: p.block_id for p in consultation.paragraphs}
    comment = ContributionFactory(
        consultation=consultation,
        block_id=ids["3.2"],
        paragraph_number="3.2",
        **cycle.record_context(consultation),
    )
    edit(
        consultation,
        lambda raw: [b.update(value="<p>Neu gefasst</p>") for b in raw if b["id"] == ids["3.2"]],
    )
    html = client.get(f"{consultation.url}paragraph/{ids['3.2']}/").text
    details = BeautifulSoup(html, "html.parser").select_one(f"#c-{comment.pk} details")
    assert details is not None
    assert "Absatz 3.2" in details.get_text()


def test_numbers_follow_the_document_and_the_old_number_is_kept_as_such(
    client: Client, consultation: ConsultationPage
) -> None:
    version = freeze(consultation, 1)
    ids = {p.number: p.block_id for p in consultation.paragraphs}
    comment = ContributionFactory(
        consultation=consultation, block_id=ids["3.2"], paragraph_number="3.2", version=version
    )

    # 3.2 moves to the front of chapter 3: it is 3.1 now.
    def reorder(raw):
        index = next(i for i, b in enumerate(raw) if b["id"] == ids["3.2"])
        raw.insert(index - 1, raw.pop(index))

    page = edit(consultation, reorder)
    assert page.paragraph_numbers[ids["3.2"]] == "3.1"
    html = client.get(f"{page.url}paragraph/{ids['3.2']}/").text
    assert "Geschrieben zu Absatz 3.2 der Fassung „Fassung 1“." in html
    assert Contribution.objects.get(pk=comment.pk).paragraph_number == "3.2"


def test_a_language_translated_after_the_first_version_is_compared_in_german_and_says_so(
    consultation: ConsultationPage,
) -> None:
    first = freeze(consultation, 1)
    translate(consultation, "en", {"Absatz 3.2": "Paragraph 3.2"})
    second = freeze(consultation, 2)
    compared = cycle.compare_versions(consultation, first, second, "en")
    assert compared.language == "de"
    assert compared.missing_in == [first]
    assert compared.changes == []


def test_version_page_report_and_downloads_are_served(client: Client, revised: dict) -> None:
    page = revised["page"]
    version = client.get(f"{page.url}version/1/")
    assert version.status_code == HTTPStatus.OK
    assert "Absatz 1.1" in version.text
    assert client.get(f"{page.url}version/9/").status_code == HTTPStatus.NOT_FOUND
    report = client.get(f"{page.url}report/")
    assert report.status_code == HTTPStatus.OK
    inserted = BeautifulSoup(report.text, "html.parser").select(".changes ins")
    assert "Sprachkursen am Wochenende" in " ".join(ins.get_text() for ins in inserted)
    csv = client.get(f"{page.url}report/csv/")
    assert csv["Content-Type"].startswith("text/csv")
    assert "Wochenende" in csv.content.decode()
    xlsx = client.get(f"{page.url}report/xlsx/")
    assert xlsx.content.startswith(b"PK")
    assert client.get(f"{page.url}report/pdf/").status_code == HTTPStatus.NOT_FOUND


def test_unknown_version_in_a_comparison_is_a_clear_400(client: Client, revised: dict) -> None:
    response = client.get(f"{revised['page'].url}compare/?from=1&to=x")
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'role="alert"' in response.text


def test_timeline_shows_each_step_of_the_cycle(client: Client, revised: dict) -> None:
    html = client.get(revised["page"].url).text
    steps = BeautifulSoup(html, "html.parser").select("ol.timeline > li")
    assert len(steps) == 6  # draft, consultation, evaluation, revision, adoption, report
    links = [link["href"] for step in steps for link in step.select("a")]
    assert links[0].endswith("/version/1/")
    assert any(link.endswith("/version/2/") for link in links)


def test_editor_freezes_a_version_from_the_page_menu(
    client: Client, admin_user, consultation: ConsultationPage
) -> None:
    client.force_login(admin_user)
    consultation.save_revision().publish()
    editor = client.get(f"/admin/pages/{consultation.pk}/edit/").text
    link = BeautifulSoup(editor, "html.parser").select_one(
        f'a[href$="/versions/new/?consultation={consultation.pk}"]'
    )
    assert link is not None
    response = client.post(
        link["href"],
        {
            "consultation": consultation.pk,
            "name": "Entwurf November 2026",
            "step": "draft",
            "date": "2026-11-23",
            "note": "Zur Konsultation veröffentlicht.",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    version = ConceptVersion.objects.get()
    assert (version.number, version.name, version.languages) == (1, "Entwurf November 2026", ["de"])
    assert client.get(f"{consultation.url}version/1/").status_code == HTTPStatus.OK
