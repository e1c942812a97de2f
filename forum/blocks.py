"""StreamField blocks for what a forum session leaves behind: results, documents, photos.

Documents and photos reuse the site's own blocks (`home.blocks`), so that a download or an
image looks the same everywhere and always carries its type, size and text alternative.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import DocumentBlock, FigureBlock


class ResultBlock(blocks.CharBlock):
    """One result of a session in one line; its block id is the anchor a contribution keeps."""

    class Meta:
        icon = "tick"
        template = "forum/blocks/result_block.html"


class ResultStreamBlock(blocks.StreamBlock):
    """The results of a session, one block per result.

    A StreamField rather than a ListBlock: every result is a top-level block with its own
    id, which wagtail-localize keeps across translations. When results are later sent to
    the review inbox, a contribution stores the session page and this id."""

    result = ResultBlock(label=_("Result"), max_length=500)


class SessionFilesBlock(blocks.StreamBlock):
    """Files from a session: minutes as PDF, presentations, photo credits."""

    document = DocumentBlock(label=_("Document"))


class PhotoStreamBlock(blocks.StreamBlock):
    """Photos of a session, each with a text alternative."""

    photo = FigureBlock(label=_("Photo"))
