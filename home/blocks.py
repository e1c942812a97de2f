"""StreamField blocks for the site's content pages.

Each block is small, renders through its own template under `home/blocks/` and
validates in `clean()`, so that editors see a message at the field that needs fixing.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

#: Rich text stays simple: headings are their own block so the outline stays valid.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3, since the page title is the only level 1."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (level 2)")), ("h3", _("Subsection (level 3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    """An image that always carries a text alternative for screen readers."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "home/blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Source"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    """A highlighted box that leads to one page or address."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External address"),
        required=False,
        help_text=_("Only if the target is not a page of this site."),
    )
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)

    class Meta:
        icon = "pick"
        template = "home/blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external address.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class QuestionBlock(blocks.StructBlock):
    """One question of an accordion with its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open one by one; works without JavaScript."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    items = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "home/blocks/accordion_block.html"


class DocumentBlock(blocks.StructBlock):
    """A file to download, with its type and size shown before the click."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_block.html"


class ContactBlock(blocks.StructBlock):
    """A person or office to contact about the page's topic."""

    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=200)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=60)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    note = blocks.TextBlock(
        label=_("Note"), required=False, help_text=_("For example office hours or languages.")
    )

    class Meta:
        icon = "user"
        template = "home/blocks/contact_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("phone") and not value.get("email"):
            message = _("Give a phone number or an e-mail address.")
            raise blocks.StructBlockValidationError(
                block_errors={"phone": ErrorList([ValidationError(message)])}
            )
        return value


class TableBlock(TypedTableBlock):
    """A data table with column headings and a caption that names it."""

    def __init__(self, **kwargs):
        super().__init__(
            [
                ("text", blocks.CharBlock(label=_("Text"))),
                ("number", blocks.DecimalBlock(label=_("Number"))),
                (
                    "rich_text",
                    blocks.RichTextBlock(label=_("Rich text"), features=["bold", "link"]),
                ),
            ],
            **kwargs,
        )

    class Meta:
        icon = "table"


class VideoBlock(blocks.StructBlock):
    """A video served by the site itself, such as an explanation in German Sign Language,
    always with captions and, if the editor wants, a transcript."""

    #: Formats every current browser plays without a plug-in or a third-party player.
    VIDEO_EXTENSIONS = ("mp4", "webm")

    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("What the video is about; shown below it."),
    )
    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("An MP4 or WebM file, uploaded as a document.")
    )
    captions = DocumentChooserBlock(
        label=_("Captions"),
        help_text=_("A WebVTT file (.vtt) that gives in writing what is signed or said."),
    )
    captions_language = blocks.ChoiceBlock(
        label=_("Language of the captions"),
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_("The whole content as text, for reading instead of watching."),
    )

    class Meta:
        icon = "media"
        template = "home/blocks/video_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The track is labelled with the language's own name, as in the language switcher.
        context["captions_label"] = dict(settings.LANGUAGES).get(value["captions_language"], "")
        return context

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video and video.file_extension.lower() not in self.VIDEO_EXTENSIONS:
            errors["video"] = ErrorList(
                [ValidationError(_("Choose a video in MP4 or WebM format (.mp4, .webm)."))]
            )
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ErrorList(
                [ValidationError(_("Choose captions in WebVTT format (.vtt)."))]
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class RetentionPeriodsBlock(blocks.StaticBlock):
    """For the privacy notice: what personal data the site deletes and when, as
    `purge_personal_data` does it. Read from the settings, never typed, so the notice cannot
    promise another period than the one kept."""

    class Meta:
        icon = "time"
        label = _("Retention periods")
        admin_text = _("Shows how long personal data is kept, as the site's settings say.")
        template = "home/blocks/retention_periods_block.html"

    def get_context(self, value, parent_context=None):
        # Imported here: the participation kit builds on the models, which use these blocks.
        from .participation.retention import retention_notice

        context = super().get_context(value, parent_context=parent_context)
        context["periods"] = retention_notice()
        return context


class ContentStreamBlock(blocks.StreamBlock):
    """Everything an editor can put on a content page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
    )
    figure = FigureBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quotation"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    accordion = AccordionBlock(label=_("Questions and answers"))
    document = DocumentBlock(label=_("Download"))
    contact = ContactBlock(label=_("Contact"))
    table = TableBlock(label=_("Table"))
    video = VideoBlock(label=_("Video with captions"))
    retention_periods = RetentionPeriodsBlock()


class AnnouncementBlock(blocks.StructBlock):
    """A short piece of news on the start page."""

    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"))
    page = blocks.PageChooserBlock(label=_("More on this page"), required=False)

    class Meta:
        icon = "date"
        template = "home/blocks/announcement_block.html"


class OpeningHoursBlock(blocks.StructBlock):
    """Days and hours the office is open; shown in each visitor's language."""

    WEEKDAYS = [
        ("0", _("Monday")),
        ("1", _("Tuesday")),
        ("2", _("Wednesday")),
        ("3", _("Thursday")),
        ("4", _("Friday")),
        ("5", _("Saturday")),
        ("6", _("Sunday")),
    ]

    first_day = blocks.ChoiceBlock(label=_("From"), choices=WEEKDAYS)
    last_day = blocks.ChoiceBlock(
        label=_("To"), choices=WEEKDAYS, required=False, help_text=_("Empty for a single day.")
    )
    opens = blocks.TimeBlock(label=_("Opens"))
    closes = blocks.TimeBlock(label=_("Closes"))

    class Meta:
        icon = "time"
        template = "home/blocks/opening_hours_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        names = dict(self.WEEKDAYS)
        context["first_day_label"] = names[value["first_day"]]
        last_day = value.get("last_day")
        context["last_day_label"] = (
            names[last_day] if last_day and last_day != value["first_day"] else ""
        )
        return context

    def clean(self, value):
        value = super().clean(value)
        if value["closes"] <= value["opens"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "closes": ErrorList(
                        [ValidationError(_("The closing time must be after the opening time."))]
                    )
                }
            )
        return value


class LinkBlock(blocks.StructBlock):
    """A labelled link to another website, such as a social media profile."""

    label = blocks.CharBlock(label=_("Label"), max_length=60)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        template = "home/blocks/link_block.html"
