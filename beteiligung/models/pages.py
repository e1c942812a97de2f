"""Consultation pages: a draft document published for comments during a phase."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.blocks import StreamValue
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home import caching
from home.blocks import RICH_TEXT_FEATURES, ContactBlock, DocumentBlock
from home.caching import CachedViewRestrictions, public
from home.routes import RoutedPageMixin

from ..blocks import DocumentStreamBlock


class Phase(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for comments")
    EVALUATION = "evaluation", _("Under evaluation")
    FINISHED = "finished", _("Finished")


class ModerationMode(models.TextChoices):
    PRE = "pre", _("Check before publishing (pre-moderation)")
    POST = "post", _("Publish at once, check afterwards (post-moderation)")


@dataclass(frozen=True)
class Paragraph:
    """One commentable block of the document with its number, e.g. 3.2."""

    block_id: str
    kind: str
    number: str
    value: object
    chapter_title: str

    @property
    def is_chapter(self) -> bool:
        return self.kind == "chapter"


class ConsultationIndexPage(CachedViewRestrictions, Page):
    """Lists current, upcoming and past consultations."""

    intro = RichTextField(
        verbose_name=_("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What consultations are and how people can take part."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["beteiligung.ConsultationPage"]

    class Meta:
        verbose_name = _("consultation overview")

    @property
    def teaser(self) -> str:
        return Truncator(strip_tags(self.intro)).words(30)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        consultations = caching.cached(
            request,
            "consultations",
            self.pk,
            compute=lambda: list(
                public(ConsultationPage.objects.child_of(self).live())
                .defer_streamfields()  # the list shows titles and dates, not documents
                .order_by("-opens_at")
            ),
        )
        now = timezone.now()
        context["current"] = [c for c in consultations if c.phase_at(now) == Phase.OPEN]
        context["upcoming"] = [c for c in consultations if c.phase_at(now) == Phase.UPCOMING]
        context["past"] = [
            c for c in consultations if c.phase_at(now) in (Phase.EVALUATION, Phase.FINISHED)
        ]
        return context


class ConsultationPage(CachedViewRestrictions, RoutedPageMixin, Page):
    """A draft document open for comments paragraph by paragraph during its phase.

    Comments store the page's translation key and the block id of their paragraph, so a
    comment written on the Arabic page belongs to the same paragraph on the German one.
    """

    intro = RichTextField(
        verbose_name=_("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the document is about and what kind of comments help most."),
    )
    document = StreamField(
        DocumentStreamBlock(),
        verbose_name=_("document"),
        help_text=_(
            "Begin with a chapter. Paragraphs, goals and measures are numbered within their "
            "chapter (3.2) and can each be commented on."
        ),
    )
    opens_at = models.DateTimeField(
        _("opens"), help_text=_("From this moment people can comment (time in Berlin).")
    )
    closes_at = models.DateTimeField(
        _("closes"), help_text=_("After this moment no more comments are accepted.")
    )
    moderation_mode = models.CharField(
        _("moderation"),
        max_length=10,
        choices=ModerationMode.choices,
        default=ModerationMode.PRE,
        help_text=_("Pre-moderation: comments appear only after a moderator approved them."),
    )
    contact = StreamField(
        [("contact", ContactBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("contact person"),
        help_text=_("Who answers questions about this consultation."),
    )
    downloads = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        verbose_name=_("downloads"),
        help_text=_("For example the draft as a PDF."),
    )
    results_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("results"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Once chosen, the consultation counts as finished and links to it."),
    )

    report_date = models.DateField(
        _("report published"),
        null=True,
        blank=True,
        help_text=_(
            "When the report on this cycle was published: the last step of the timeline. "
            "The report itself is built from the data."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("document"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("moderation_mode"),
                FieldPanel("results_page"),
                FieldPanel("report_date"),
            ],
            heading=_("Phase and moderation"),
        ),
        FieldPanel("contact"),
        FieldPanel("downloads"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("document"),
    ]
    parent_page_types = ["beteiligung.ConsultationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The consultation must close after it opens.")})

    # Phase -----------------------------------------------------------------

    def phase_at(self, moment) -> Phase:
        if moment < self.opens_at:
            return Phase.UPCOMING
        if moment < self.closes_at:
            return Phase.OPEN
        if self.results_page_id:
            return Phase.FINISHED
        return Phase.EVALUATION

    @property
    def phase(self) -> Phase:
        return self.phase_at(timezone.now())

    @property
    def is_open(self) -> bool:
        return self.phase == Phase.OPEN

    # Paragraphs ------------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The document's blocks in order, each with its number: chapters 1, 2, ...;
        the blocks after a chapter 1.1, 1.2, ..."""
        numbered = []
        chapter_number, item_number, chapter_title = 0, 0, ""
        document: StreamValue = self.document
        for block in document:
            if block.block_type == "chapter":
                chapter_number += 1
                item_number = 0
                chapter_title = block.value["title"]
                number = str(chapter_number)
            else:
                item_number += 1
                number = f"{chapter_number}.{item_number}"
            numbered.append(
                Paragraph(block.id, block.block_type, number, block.value, chapter_title)
            )
        return numbered

    @cached_property
    def paragraph_numbers(self) -> dict[str, str]:
        """The current number of each block, by block id."""
        return {paragraph.block_id: paragraph.number for paragraph in self.paragraphs}

    def paragraph(self, block_id: str) -> Paragraph | None:
        return next(
            (p for p in self.paragraphs if p.block_id == block_id and not p.is_chapter), None
        )

    # Routes: the work happens in beteiligung.views (see home.routes) ----------

    @path("")
    def document_view(self, request):
        return self.views.document(request, self)

    @path("paragraph/<str:block_id>/")
    def paragraph_view(self, request, block_id):
        return self.views.paragraph(request, self, block_id)

    @path("comment/")
    def document_comment_view(self, request):
        return self.views.paragraph(request, self, "")

    @path("contribution/<int:contribution_id>/reply/")
    def reply_view(self, request, contribution_id):
        return self.views.reply(request, self, contribution_id)

    @path("contribution/<int:contribution_id>/support/")
    def support_view(self, request, contribution_id):
        return self.views.support(request, self, contribution_id)

    @path("contribution/<int:contribution_id>/report/")
    def report_view(self, request, contribution_id):
        return self.views.report(request, self, contribution_id)

    @path("sent/<str:what>/")
    def sent_view(self, request, what):
        return self.views.sent(request, self, what)

    @path("confirm/")
    def confirm_view(self, request):
        return self.views.confirm(request, self)

    @path("results/")
    def results_view(self, request):
        return self.views.results(request, self)

    @path("version/<int:number>/")
    def version_view(self, request, number):
        return self.views.version(request, self, number)

    @path("compare/")
    def compare_view(self, request):
        return self.views.compare(request, self)

    @path("report/")
    def cycle_report_view(self, request):
        return self.views.cycle_report(request, self)

    @path("report/<str:kind>/")
    def report_download_view(self, request, kind):
        return self.views.report_download(request, self, kind)

    # Wagtail serves only paths that end in "/": no "results.csv".
    @path("results/csv/")
    def results_csv_view(self, request):
        return self.views.results_csv(request, self)
