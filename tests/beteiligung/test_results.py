"""Done when: anyone can see a consultation's published contributions in figures (by status,
field of action, source and language, across all language versions), read what became of
each answered contribution, filter that list, print it and download it as CSV, without
e-mail addresses, names or internal notes, in a fixed number of queries."""

import csv
import datetime
import io
import json
from http import HTTPStatus

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from beteiligung import cycle
from beteiligung.models import (
    ChangeLink,
    ConceptVersion,
    ConsultationPage,
    Contribution,
    Phase,
    Support,
)
from home.models import HomePage, Topic
from tests.beteiligung.factories import (
    ConsultationPageFactory,
    ContributionFactory,
    TopicFactory,
    document,
    make_consultation,
)
from tests.factories import name_topic, translate
from tests.support.queries import queries_for

pytestmark = pytest.mark.django_db
Status = Contribution.ReviewStatus
Source = Contribution.Source


def results_url(consultation: ConsultationPage) -> str:
    return f"{consultation.url}results/"


def csv_url(consultation: ConsultationPage) -> str:
    return f"{consultation.url}results/csv/"


def soup_of(client: Client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == HTTPStatus.OK
    return BeautifulSoup(response.text, "html.parser")


def listed_ids(soup: BeautifulSoup) -> list[int]:
    return [int(article["id"].removeprefix("c-")) for article in soup.select("article")]


def table_counts(soup: BeautifulSoup, index: int) -> list[int]:
    table = soup.select(".results-table")[index]
    return [int(cell.get_text()) for cell in table.select("tbody .results-table__count")]


@pytest.fixture
def closed(consultation: ConsultationPage) -> ConsultationPage:
    """The comment phase is over: the consultation is being evaluated."""
    now = timezone.now()
    consultation.opens_at = now - datetime.timedelta(days=30)
    consultation.closes_at = now - datetime.timedelta(days=1)
    consultation.save_revision().publish()
    consultation.refresh_from_db()
    return consultation


@pytest.fixture
def data(closed: ConsultationPage) -> dict:
    """Published contributions in German and English, plus what must not be counted."""
    english_page = translate(closed, "en", {"Integrationskonzept 2027": "Integration concept"})
    education = TopicFactory(name="Bildung und Sprache")
    education_en = name_topic(education, "en", "Education and language")
    work = TopicFactory(name="Wirtschaft und Arbeit")
    block_id = closed.paragraphs[-1].block_id
    adopted = ContributionFactory(
        consultation=closed,
        block_id=block_id,
        paragraph_number="3.2",
        topic=education,
        author_name="Zora Privatperson",
        review_status=Status.ADOPTED,
        public_answer="Wird ab 2027 umgesetzt.",
        internal_note="Geheime Notiz der Verwaltung.",
    )
    partly = ContributionFactory(
        consultation=closed,
        topic=education,
        source=Source.STATEMENT,
        organisation="Migrantenverein Nord",
        review_status=Status.PARTLY_ADOPTED,
        public_answer="Teilweise übernommen.",
    )
    in_review = ContributionFactory(
        consultation=closed, topic=work, source=Source.DOCUMENT_COMMENT, review_status="in_review"
    )
    received = ContributionFactory(consultation=closed, text="Noch nicht bearbeitet.")
    answered_received = ContributionFactory(
        consultation=closed, topic=work, public_answer="Danke, wir prüfen das."
    )
    english = ContributionFactory(
        consultation=english_page,
        topic=education_en,
        language="en",
        text='=HYPERLINK("http://evil.example")',
        review_status=Status.NOT_ADOPTED,
        public_answer="Outside our remit.",
    )
    # Not counted: not published, a reply, another consultation.
    ContributionFactory(
        consultation=closed, moderation_status="pending", review_status=Status.ADOPTED
    )
    ContributionFactory(consultation=closed, moderation_status="hidden", text="Versteckt.")
    ContributionFactory(
        consultation=closed, parent=adopted, review_status=Status.ADOPTED, text="Eine Antwort."
    )
    other = ConsultationPageFactory(parent=closed.get_parent(), slug="andere")
    ContributionFactory(consultation=other, review_status=Status.ADOPTED, text="Anderswo.")
    return {
        "page": closed,
        "en": english_page,
        "education": education,
        "work": work,
        "adopted": adopted,
        "partly": partly,
        "in_review": in_review,
        "received": received,
        "answered_received": answered_received,
        "english": english,
    }


def test_figures_count_published_top_level_contributions_in_every_language(
    client: Client, data: dict
) -> None:
    figures = client.get(results_url(data["page"])).context["figures"]
    assert figures["total"] == 6
    breakdowns = ("status", "topic", "source", "language")
    by = {name: {row.key: row.count for row in figures[name]} for name in breakdowns}
    assert by["status"] == {
        "received": 2,
        "in_review": 1,
        "adopted": 1,
        "partly_adopted": 1,
        "not_adopted": 1,
        "noted": 0,
    }
    education_key = str(data["education"].translation_key)
    work_key = str(data["work"].translation_key)
    assert by["topic"] == {education_key: 3, work_key: 2, "": 1}
    assert by["source"] == {"paragraph_comment": 4, "statement": 1, "document_comment": 1}
    assert by["language"] == {"de": 5, "en": 1}
    shares = {row.key: row.share for row in figures["topic"]}
    assert shares == {education_key: 50, work_key: 33, "": 17}


def test_figures_follow_a_changed_review_status_at_once(client: Client, data: dict) -> None:
    """The figures are cached; a status set by staff in the review shows at once."""

    def adopted() -> int:
        figures = client.get(results_url(data["page"])).context["figures"]
        return {row.key: row.count for row in figures["status"]}["adopted"]

    assert adopted() == 1
    received = Contribution.objects.filter(
        review_status=Status.RECEIVED, moderation_status=Contribution.ModerationStatus.PUBLISHED
    ).first()
    received.review_status = Status.ADOPTED
    received.save()
    assert adopted() == 2


def test_cached_list_follows_answers_hiding_and_change_links_at_once(
    client: Client, data: dict, settings
) -> None:
    """The list's rows are cached like the figures; every change staff make shows with
    the next request (the page cache is off: this is about the cached rows)."""
    settings.PAGE_CACHE_SECONDS = 0
    url = results_url(data["page"])
    assert data["received"].pk not in listed_ids(soup_of(client, url))

    data["received"].public_answer = "Das nehmen wir auf."
    data["received"].save()
    assert data["received"].pk in listed_ids(soup_of(client, url))

    data["partly"].moderation_status = Contribution.ModerationStatus.HIDDEN
    data["partly"].save()
    assert data["partly"].pk not in listed_ids(soup_of(client, url))

    version = cycle.freeze_version(
        data["page"], name="Fassung 1", step=ConceptVersion.Step.DRAFT, date=datetime.date.today()
    )
    ChangeLink.objects.create(
        contribution=data["adopted"], version=version, block_id=data["adopted"].block_id
    )
    item = soup_of(client, url).find("article", id=f"c-{data['adopted'].pk}")
    assert "Fassung 1" in item.get_text()


def test_field_of_action_is_named_in_the_visitors_language(client: Client, data: dict) -> None:
    key = str(data["education"].translation_key)
    german = client.get(results_url(data["page"])).context["figures"]["topic"]
    english = client.get(results_url(data["en"])).context["figures"]["topic"]
    assert {row.key: row.label for row in german}[key] == "Bildung und Sprache"
    assert {row.key: row.label for row in english}[key] == "Education and language"
    # A topic without an English version keeps its German name.
    work_key = str(data["work"].translation_key)
    assert {row.key: row.label for row in english}[work_key] == "Wirtschaft und Arbeit"


def test_tables_show_the_figures_and_bars_need_no_inline_styles(client: Client, data: dict) -> None:
    soup = soup_of(client, results_url(data["page"]))
    assert len(soup.select(".results-table caption")) == 4
    assert table_counts(soup, 0) == [2, 1, 1, 1, 1, 0]
    assert sorted(table_counts(soup, 1)) == [1, 2, 3]
    assert sum(table_counts(soup, 3)) == 6
    topic_table = soup.select(".results-table")[1]
    widths = [rect["width"] for rect in topic_table.select("rect.results-bar__value")]
    assert widths == ["50", "33", "17"]
    assert all(svg["aria-hidden"] == "true" for svg in soup.select("svg.results-bar"))
    assert soup.select_one("main [style]") is None
    language_cells = soup.select(".results-table")[3].select("tbody th[lang]")
    assert [cell["lang"] for cell in language_cells] == ["de", "en"]


def test_answers_and_decisions_are_listed_but_internal_notes_never(
    client: Client, data: dict
) -> None:
    response = client.get(results_url(data["page"]))
    soup = BeautifulSoup(response.text, "html.parser")
    expected = ["adopted", "partly", "in_review", "answered_received", "english"]
    assert listed_ids(soup) == [data[name].pk for name in expected]
    assert "Wird ab 2027 umgesetzt." in response.text
    assert "Outside our remit." in response.text
    assert soup.select_one(f"#c-{data['adopted'].pk} .badge--adopted") is not None
    # Without an answer the status is shown on its own.
    in_review = soup.select_one(f"#c-{data['in_review'].pk}")
    assert in_review.select_one(".contribution__status .badge--in_review") is not None
    assert soup.select_one(f"#c-{data['partly'].pk} .answer .badge--partly_adopted") is not None
    assert "Geheime Notiz" not in response.text
    assert "@example.org" not in response.text
    assert "Noch nicht bearbeitet." not in response.text
    assert "Eine Antwort." not in response.text
    assert "Versteckt." not in response.text


def test_results_page_offers_no_reply_or_support_once_the_phase_is_over(
    client: Client, data: dict
) -> None:
    soup = soup_of(client, results_url(data["page"]))
    actions = soup.select_one(f"#c-{data['adopted'].pk} .contribution__actions")
    hrefs = [link["href"] for link in actions.select("a")]
    assert hrefs == [f"{data['page'].url}contribution/{data['adopted'].pk}/report/"]


def test_citizen_filters_by_status_and_field_of_action(client: Client, data: dict) -> None:
    page = results_url(data["page"])
    assert listed_ids(soup_of(client, page, status="adopted")) == [data["adopted"].pk]
    education = str(data["education"].translation_key)
    assert listed_ids(soup_of(client, page, topic=education)) == [
        data["adopted"].pk,
        data["partly"].pk,
        data["english"].pk,
    ]
    soup = soup_of(client, page, topic=education, status="not_adopted")
    assert listed_ids(soup) == [data["english"].pk]
    assert soup.select_one("#results-status option[selected]")["value"] == "not_adopted"
    assert soup.select_one("#results-topic option[selected]")["value"] == education


@pytest.mark.parametrize(
    "params",
    [
        {"status": "bogus"},
        {"topic": "not-a-key"},
        {"topic": "00000000-0000-0000-0000-000000000000"},
        {"status": "<script>"},
    ],
)
def test_unknown_filter_value_is_a_bad_request(client: Client, data: dict, params: dict) -> None:
    response = client.get(results_url(data["page"]), params)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one("#filter-error[role=alert]").get_text(strip=True)
    assert "<script>" not in response.text


def test_a_page_number_out_of_range_shows_a_page_instead_of_failing(
    client: Client, data: dict
) -> None:
    for number in ("abc", "999", "-1"):
        response = client.get(results_url(data["page"]), {"page": number})
        assert response.status_code == HTTPStatus.OK


def test_list_shows_25_contributions_per_page(client: Client, closed: ConsultationPage) -> None:
    ContributionFactory.create_batch(30, consultation=closed, review_status=Status.NOTED)
    first = soup_of(client, results_url(closed))
    assert len(listed_ids(first)) == 25
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    second = soup_of(client, results_url(closed), page=2, status="noted")
    assert len(listed_ids(second)) == 5
    assert "status=noted" in second.select_one(".pagination a[rel=prev]")["href"]


def test_consultation_without_contributions_has_results_too(
    client: Client, closed: ConsultationPage
) -> None:
    soup = soup_of(client, results_url(closed))
    assert soup.select(".results-table") == []
    assert listed_ids(soup) == []


def read_csv(response) -> list[dict[str, str]]:
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def test_csv_has_every_published_contribution_and_no_personal_data(
    client: Client, data: dict
) -> None:
    response = client.get(csv_url(data["page"]))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/csv")
    assert (
        response["Content-Disposition"] == 'attachment; filename="integrationskonzept-results.csv"'
    )
    header, *rows = read_csv(response)
    assert len(header) == 9
    published_ids = sorted(
        data[name].pk
        for name in ("adopted", "partly", "in_review", "received", "answered_received", "english")
    )
    assert sorted(int(row[0]) for row in rows) == published_ids
    by_id = {int(row[0]): row for row in rows}
    adopted = by_id[data["adopted"].pk]
    assert adopted[2] == "3.2"
    assert adopted[4] == "Bildung und Sprache"
    assert adopted[8] == "Wird ab 2027 umgesetzt."
    assert by_id[data["english"].pk][4] == "Bildung und Sprache"
    assert by_id[data["english"].pk][7].startswith("'=")  # no formula for spreadsheets
    cells = [cell for row in rows for cell in row]
    assert not any("@" in cell for cell in cells)
    assert not any("Zora" in cell or "Geheime Notiz" in cell for cell in cells)


def test_csv_speaks_the_visitors_language(client: Client, data: dict) -> None:
    rows = read_csv(client.get(csv_url(data["en"])))[1:]
    by_id = {int(row[0]): row for row in rows}
    assert by_id[data["adopted"].pk][4] == "Education and language"


def test_phase_box_links_to_the_results_while_evaluating(
    client: Client, closed: ConsultationPage, home_page: HomePage
) -> None:
    assert closed.phase == Phase.EVALUATION
    soup = soup_of(client, closed.url)
    assert soup.select_one(f'.phase a[href="{results_url(closed)}"]') is not None

    closed.results_page = home_page
    closed.save_revision().publish()
    closed.refresh_from_db()
    assert closed.phase == Phase.FINISHED
    soup = soup_of(client, closed.url)
    assert soup.select_one(f'.phase a[href="{home_page.url}"]') is not None
    assert soup.select_one(f'.phase a[href="{results_url(closed)}"]') is None


def test_phase_box_on_the_results_page_does_not_link_to_itself(
    client: Client, closed: ConsultationPage
) -> None:
    soup = soup_of(client, results_url(closed))
    assert soup.select_one(".phase") is not None
    assert soup.select_one(".phase a") is None


def fill(consultation: ConsultationPage, count: int, topics: list[Topic]) -> None:
    for number in range(count):
        contribution = ContributionFactory(
            consultation=consultation,
            topic=topics[number % len(topics)],
            review_status=Status.values[number % len(Status.values)],
            public_answer="Antwort." if number % 2 else "",
            language=("de", "en", "ar")[number % 3],
        )
        ContributionFactory(consultation=consultation, parent=contribution)
        Support.objects.create(
            contribution=contribution, email_hash=f"h{contribution.pk}", confirmed_at=timezone.now()
        )


def test_results_queries_do_not_grow_with_the_contributions(
    client: Client, home_page: HomePage
) -> None:
    small = make_consultation(home_page, slug="klein", document=json.dumps(document(2, 2)))
    large = ConsultationPageFactory(parent=small.get_parent(), slug="gross")
    topics = [TopicFactory(name=f"Handlungsfeld {n}") for n in range(4)]
    fill(small, 5, topics)
    fill(large, 50, topics)

    def figures(consultation: ConsultationPage) -> tuple[int, int, int]:
        return (
            queries_for(client, results_url(consultation)),
            queries_for(client, f"{results_url(consultation)}?status=adopted"),
            queries_for(client, csv_url(consultation)),
        )

    assert figures(large) == figures(small)
