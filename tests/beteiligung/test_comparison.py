"""Comparing two versions of a document: the edge cases editors produce."""

import uuid

from beteiligung.comparison import Change, compare, runs_html, word_runs, words


def chapter(title: str, block_id: str = "") -> dict:
    return {"type": "chapter", "value": {"title": title, "summary": ""}, "id": block_id or _id()}


def paragraph(text: str, block_id: str = "") -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": block_id or _id()}


def _id() -> str:
    return str(uuid.uuid4())


def by_id(changes: list[Change]) -> dict[str, Change]:
    return {change.block_id: change for change in changes}


A = "Die Region bietet Sprachkurse am Abend an."
B = "Beratung gibt es in zwölf Sprachen und auf Wunsch mit Dolmetschung."
C = "Vereine von Migrantinnen und Migranten werden gefördert."


def test_identical_versions_show_no_change() -> None:
    document = [chapter("Sprache", "c1"), paragraph(A, "p1"), paragraph(B, "p2")]
    changes = compare(document, document)
    assert [change.status for change in changes] == ["unchanged"] * 3
    assert not any(change.is_change for change in changes)


def test_reworded_paragraph_shows_the_words_that_changed() -> None:
    old = [chapter("Sprache", "c1"), paragraph(A, "p1")]
    new = [chapter("Sprache", "c1"), paragraph(A.replace("am Abend", "am Wochenende"), "p1")]
    change = by_id(compare(old, new))["p1"]
    assert change.status == Change.CHANGED
    assert [(text, kind) for text, _link, kind in change.runs] == [
        ("Die Region bietet Sprachkurse am", None),
        ("Abend", False),
        ("Wochenende", True),
        ("an.", None),
    ]
    html = runs_html(change.runs, "inserted", "removed")
    assert '<del><span class="visually-hidden">removed: </span>Abend</del>' in html
    assert '<ins><span class="visually-hidden">inserted: </span>Wochenende</ins>' in html


def test_paragraph_split_in_two_keeps_its_id_and_the_new_half_says_where_it_came_from() -> None:
    old = [chapter("Sprache", "c1"), paragraph(f"{A} {B}", "p1")]
    new = [chapter("Sprache", "c1"), paragraph(A, "p1"), paragraph(B, "p9")]
    changes = by_id(compare(old, new))
    assert changes["p1"].status == Change.CHANGED
    assert changes["p9"].status == Change.INSERTED
    assert changes["p9"].split_from.block_id == "p1"
    assert changes["p9"].split_from.number == "1.1"


def test_two_paragraphs_merged_into_one() -> None:
    old = [chapter("Sprache", "c1"), paragraph(A, "p1"), paragraph(B, "p2")]
    new = [chapter("Sprache", "c1"), paragraph(f"{A} {B}", "p1")]
    changes = compare(old, new)
    removed = by_id(changes)["p2"]
    assert removed.status == Change.REMOVED
    assert removed.merged_into.block_id == "p1"
    assert [change.block_id for change in changes] == ["c1", "p1", "p2"]


def test_paragraph_moved_to_another_chapter_keeps_its_wording_and_gets_a_new_number() -> None:
    old = [chapter("Sprache", "c1"), paragraph(A, "p1"), chapter("Arbeit", "c2"), paragraph(B)]
    new = [chapter("Sprache", "c1"), chapter("Arbeit", "c2"), paragraph(A, "p1"), old[3]]
    change = by_id(compare(old, new))["p1"]
    assert change.status == Change.UNCHANGED
    assert change.moved
    assert (change.old.number, change.new.number) == ("1.1", "2.1")


def test_deleted_paragraph_stays_where_it_stood() -> None:
    old = [chapter("Sprache", "c1"), paragraph(A, "p1"), paragraph(B, "p2"), paragraph(C, "p3")]
    new = [old[0], old[1], old[3]]
    changes = compare(old, new)
    assert [(change.block_id, change.status) for change in changes] == [
        ("c1", "unchanged"),
        ("p1", "unchanged"),
        ("p2", "removed"),
        ("p3", "unchanged"),
    ]
    assert changes[2].merged_into is None
    assert changes[3].new.number == "1.2"


def test_reordered_only_marks_the_fewest_paragraphs_as_moved() -> None:
    old = [chapter("Sprache", "c1"), paragraph(A, "p1"), paragraph(B, "p2"), paragraph(C, "p3")]
    new = [old[0], old[3], old[1], old[2]]
    changes = by_id(compare(old, new))
    assert [block_id for block_id, change in changes.items() if change.moved] == ["p3"]
    assert all(change.status == Change.UNCHANGED for change in changes.values())


def test_change_only_in_a_link_target_is_a_change() -> None:
    old = [
        chapter("Beratung", "c1"),
        paragraph('Siehe <a href="https://a.example">Beratung</a>.', "p1"),
    ]
    new = [
        chapter("Beratung", "c1"),
        paragraph('Siehe <a href="https://b.example">Beratung</a>.', "p1"),
    ]
    change = by_id(compare(old, new))["p1"]
    assert change.status == Change.CHANGED
    html = runs_html(change.runs, "inserted", "removed")
    assert '<del><span class="visually-hidden">removed: </span><a href="https://a.example">' in html
    assert (
        '<ins><span class="visually-hidden">inserted: </span><a href="https://b.example">' in html
    )


def test_internal_links_keep_their_stored_form_for_wagtail_to_expand() -> None:
    tokens = words('<p>Mehr im <a linktype="page" id="7">Konzept</a></p>')
    assert tokens[-1].link == 'id="7" linktype="page"'
    html = runs_html(word_runs([], tokens), "inserted", "removed")
    assert '<a id="7" linktype="page">Konzept</a>' in html


def test_citizen_markup_in_wording_is_escaped() -> None:
    runs = word_runs([], words("<p>1 &lt; 2 &amp; &lt;script&gt;</p>"))
    assert "&lt;script&gt;" in runs_html(runs, "inserted", "removed")
