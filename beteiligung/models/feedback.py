"""Feedback at any time, not tied to a consultation."""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.blocks import RICH_TEXT_FEATURES
from home.caching import CachedViewRestrictions
from home.routes import RoutedPageMixin


class FeedbackPage(CachedViewRestrictions, RoutedPageMixin, Page):
    """A form for feedback on the concept or the unit's work. Messages go through the same
    review as comments (double opt-in, moderation, evaluation) but are not published."""

    intro = RichTextField(
        verbose_name=_("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What feedback helps and what happens with it."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("feedback form")

    @property
    def teaser(self) -> str:
        return Truncator(strip_tags(self.intro)).words(30)

    @path("")
    def form_view(self, request):
        return self.views.feedback(request, self)

    @path("sent/")
    def sent_view(self, request):
        return self.views.sent(request, self)

    @path("confirm/")
    def confirm_view(self, request):
        return self.views.confirm(request, self)
