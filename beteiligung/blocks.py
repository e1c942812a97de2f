"""Blocks of a consultation document.

The document is a flat stream: a chapter block opens a chapter, the paragraph, goal and
measure blocks after it belong to it. Each block's id is the stable anchor comments hang
on; wagtail-localize keeps the ids in every translation.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import RICH_TEXT_FEATURES


class ChapterBlock(blocks.StructBlock):
    """Opens a chapter, usually one field of action."""

    title = blocks.CharBlock(label=_("Chapter title"), max_length=200)
    summary = blocks.TextBlock(
        label=_("Summary"), required=False, help_text=_("Two or three sentences, optional.")
    )

    class Meta:
        icon = "title"
        label = _("Chapter")


class DocumentStreamBlock(blocks.StreamBlock):
    """The commentable text: chapters with their paragraphs, goals and measures."""

    chapter = ChapterBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    goal = blocks.RichTextBlock(label=_("Goal"), features=RICH_TEXT_FEATURES, icon="crosshairs")
    measure = blocks.RichTextBlock(label=_("Measure"), features=RICH_TEXT_FEATURES, icon="tasks")

    def clean(self, value):
        value = super().clean(value)
        if len(value) and value[0].block_type != "chapter":
            raise blocks.StreamBlockValidationError(
                non_block_errors=[ValidationError(_("The document must begin with a chapter."))]
            )
        return value
