"""Pairs every German demo text with its English twin, for the English translations."""

import html
from dataclasses import dataclass, field


@dataclass
class Glossary:
    """Collects the English twin of every German string the demo pages use."""

    entries: dict[str, str] = field(default_factory=dict)

    def text(self, leaf: dict) -> str:
        german, english = leaf["de"], leaf["en"]
        self.entries[german] = english
        # Rich-text segments hold HTML, where these characters arrive escaped.
        self.entries[html.escape(german, quote=False)] = html.escape(english, quote=False)
        return german

    def rich_text(self, leaf: dict, tag: str = "p") -> str:
        pairs = zip(leaf["de"], leaf["en"], strict=True)
        paragraphs = [self.text({"de": de, "en": en}) for de, en in pairs]
        return "".join(f"<{tag}>{html.escape(text, quote=False)}</{tag}>" for text in paragraphs)

    def bullet_list(self, leaf: dict) -> str:
        return f"<ul>{self.rich_text(leaf, tag='li')}</ul>"
