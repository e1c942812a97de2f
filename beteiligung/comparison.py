"""Comparing two versions of a consultation document, paragraph by paragraph and word by word.

Pure functions over StreamField data (the `raw_data` of a document: a list of
`{"type", "value", "id"}`), so that a frozen version and the live page compare alike.

- Paragraphs are matched by block id, the anchor that comments and translations hang on.
- A paragraph is *inserted*, *removed*, *changed* (its words differ) or *unchanged*; any
  paragraph in both versions may also have *moved* (to another chapter, or out of the order
  of the others: the longest run of paragraphs that kept their order stays, the rest moved).
- An inserted paragraph whose words mostly come from a paragraph that lost them was *split
  off* it; a removed paragraph whose words mostly went into another was *merged into* it.
- Inside a changed paragraph the words are compared, not the characters; rich text is
  compared as text with its links kept (a link whose target changed counts as changed).
"""

import difflib
import html
import string
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Share of a paragraph's words that must come from (or go into) another one before the
#: two count as split or merged.
OVERLAP = 0.6
_PUNCTUATION = string.punctuation + "„“”‚‘’«»…–—"


# Reading a document ---------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A word, and the attributes of the link it stands in ("" outside a link)."""

    word: str
    link: str = ""


class _RichTextWords(HTMLParser):
    """Splits rich text into words, keeping for each the link it belongs to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens: list[Token] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            attributes = sorted((name, html.escape(value or "")) for name, value in attrs)
            self.links.append(" ".join(f'{name}="{value}"' for name, value in attributes))

    def handle_endtag(self, tag):
        if tag == "a" and self.links:
            self.links.pop()

    def handle_data(self, data):
        link = self.links[-1] if self.links else ""
        self.tokens.extend(Token(word, link) for word in data.split())


def words(value) -> list[Token]:
    """The words of a block's value: rich text (a string of HTML), plain text, or a
    chapter's title and summary."""
    if isinstance(value, dict):
        return [
            Token(word)
            for part in (value.get("title"), value.get("summary"))
            if part
            for word in str(part).split()
        ]
    parser = _RichTextWords()
    parser.feed(str(value or ""))
    parser.close()
    return parser.tokens


@dataclass(frozen=True)
class Block:
    """One numbered block of a document version: a chapter (number 3) or a paragraph,
    goal or measure (number 3.2)."""

    block_id: str
    kind: str
    number: str
    chapter_id: str
    value: object
    tokens: tuple[Token, ...]

    @property
    def is_chapter(self) -> bool:
        return self.kind == "chapter"

    @property
    def title(self) -> str:
        return self.value.get("title", "") if isinstance(self.value, dict) else ""


def number_blocks(raw: list[dict]) -> list[Block]:
    """The blocks of a document in order, numbered as `ConsultationPage.paragraphs` does."""
    blocks, chapter, item, chapter_id = [], 0, 0, ""
    for entry in raw or []:
        kind = entry["type"]
        if kind == "chapter":
            chapter, item, chapter_id = chapter + 1, 0, entry["id"]
            number = str(chapter)
        else:
            item += 1
            number = f"{chapter}.{item}"
        value = entry["value"]
        blocks.append(Block(entry["id"], kind, number, chapter_id, value, tuple(words(value))))
    return blocks


# Comparing ------------------------------------------------------------------------


@dataclass
class Change:
    """What became of one block between two versions."""

    INSERTED, REMOVED, CHANGED, UNCHANGED = "inserted", "removed", "changed", "unchanged"

    status: str
    old: Block | None
    new: Block | None
    moved: bool = False
    #: For a changed block, its words in runs (see `word_runs`).
    runs: list[tuple[str, str, bool | None]] = field(default_factory=list)
    #: For an inserted block split off another: that block in the old version.
    split_from: Block | None = None
    #: For a removed block merged into another: that block in the new version.
    merged_into: Block | None = None

    @property
    def block(self) -> Block:
        return self.new or self.old

    @property
    def block_id(self) -> str:
        return self.block.block_id

    @property
    def is_change(self) -> bool:
        """Anything a reader should look at: inserted, removed, changed or moved."""
        return self.status != self.UNCHANGED or self.moved


def word_runs(old: list[Token], new: list[Token]) -> list[tuple[str, str, bool | None]]:
    """Runs of words: (text, link, None) kept, (…, False) removed, (…, True) inserted.

    Words are compared with their link, so a changed link target shows as the link's text
    removed and inserted again; neighbouring words of one kind and link form one run."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    runs: list[tuple[str, str, bool | None]] = []

    def add(tokens: list[Token], inserted: bool | None) -> None:
        for token in tokens:
            if runs and runs[-1][1] == token.link and runs[-1][2] is inserted:
                runs[-1] = (f"{runs[-1][0]} {token.word}", token.link, inserted)
            else:
                runs.append((token.word, token.link, inserted))

    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            add(new[b1:b2], None)
        else:
            add(old[a1:a2], False)
            add(new[b1:b2], True)
    return runs


def _kept_in_order(old_ids: list[str], new_ids: list[str]) -> set[str]:
    """The longest run of ids that kept their relative order: everything else moved."""
    matcher = difflib.SequenceMatcher(a=old_ids, b=new_ids, autojunk=False)
    return {
        block_id
        for a, _b, size in matcher.get_matching_blocks()
        for block_id in old_ids[a : a + size]
    }


def _overlap(part: tuple[Token, ...], whole: list[Token]) -> float:
    """The share of `part`'s words that appear in `whole`, in any order and case, without
    punctuation (a split or merged sentence is often rearranged)."""
    if not part:
        return 0.0
    bare = [_bare(token.word) for token in part]
    found = Counter(_bare(token.word) for token in whole)
    return sum(min(count, found[word]) for word, count in Counter(bare).items()) / len(bare)


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION).casefold()


def compare(old_raw: list[dict], new_raw: list[dict]) -> list[Change]:
    """Every block of both versions, in the order of the new one; a removed block stands
    where it stood, after the block that preceded it in the old version."""
    old_blocks, new_blocks = number_blocks(old_raw), number_blocks(new_raw)
    old_by_id = {block.block_id: block for block in old_blocks}
    new_by_id = {block.block_id: block for block in new_blocks}
    both = [block.block_id for block in old_blocks if block.block_id in new_by_id]
    in_order = _kept_in_order(both, [b.block_id for b in new_blocks if b.block_id in old_by_id])

    changes: dict[str, Change] = {}
    for block in new_blocks:
        old = old_by_id.get(block.block_id)
        if old is None:
            changes[block.block_id] = Change(Change.INSERTED, None, block)
            continue
        moved = block.block_id not in in_order or (
            not block.is_chapter and old.chapter_id != block.chapter_id
        )
        if old.tokens == block.tokens:
            changes[block.block_id] = Change(Change.UNCHANGED, old, block, moved)
        else:
            runs = word_runs(list(old.tokens), list(block.tokens))
            changes[block.block_id] = Change(Change.CHANGED, old, block, moved, runs)

    # What a changed paragraph lost, and what one gained, for splits and merges.
    lost = {
        change.block_id: [
            Token(text) for text, _l, ins in change.runs if ins is False for text in text.split()
        ]
        for change in changes.values()
        if change.status == Change.CHANGED
    }
    gained = {
        change.block_id: [
            Token(text) for text, _l, ins in change.runs if ins is True for text in text.split()
        ]
        for change in changes.values()
        if change.status == Change.CHANGED
    }
    removed = [
        Change(Change.REMOVED, block, None)
        for block in old_blocks
        if block.block_id not in new_by_id
    ]
    for change in changes.values():
        if change.status == Change.INSERTED and not change.new.is_chapter:
            # Split off: most of what a paragraph lost reappears here.
            scored = [
                (_overlap(tuple(words), list(change.new.tokens)), block_id)
                for block_id, words in lost.items()
                if words
            ]
            change.split_from = _pick(scored, old_by_id)
    for change in removed:
        if not change.old.is_chapter:
            targets = {
                **gained,
                **{
                    c.block_id: list(c.new.tokens)
                    for c in changes.values()
                    if c.status == Change.INSERTED
                },
            }
            change.merged_into = _best(change.old.tokens, targets, new_by_id)

    ordered = list(changes.values())
    for change in removed:
        position = old_blocks.index(change.old)
        before = next(
            (b.block_id for b in reversed(old_blocks[:position]) if b.block_id in changes), None
        )
        index = 0 if before is None else ordered.index(changes[before]) + 1
        while index < len(ordered) and ordered[index].status == Change.REMOVED:
            index += 1
        ordered.insert(index, change)
    return ordered


def _best(tokens: tuple[Token, ...], candidates: dict[str, list[Token]], blocks: dict):
    """The candidate block that holds most of `tokens`, if it holds enough of them."""
    return _pick([(_overlap(tokens, words), bid) for bid, words in candidates.items()], blocks)


def _pick(scored: list[tuple[float, str]], blocks: dict):
    score, block_id = max(scored, default=(0.0, ""))
    return blocks.get(block_id) if score >= OVERLAP else None


# Showing ----------------------------------------------------------------------------


def runs_html(runs: list[tuple[str, str, bool | None]], inserted: str, removed: str) -> str:
    """Runs as HTML: `<ins>`/`<del>` with the words "inserted"/"removed" for screen readers
    (never colour alone), links kept in Wagtail's stored form (expand them afterwards)."""
    parts = []
    for text, link, kind in runs:
        content = html.escape(text)
        if link:
            content = f"<a {link}>{content}</a>"
        if kind is True:
            content = f'<ins><span class="visually-hidden">{inserted}: </span>{content}</ins>'
        elif kind is False:
            content = f'<del><span class="visually-hidden">{removed}: </span>{content}</del>'
        parts.append(content)
    return " ".join(parts)
