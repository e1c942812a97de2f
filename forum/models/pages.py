"""The forum's pages: the index of sessions and one page per session.

Sessions are Wagtail pages, so they are translated with wagtail-localize like every other
page. Registrations belong to the session, not to one language version of it: they point
at the *original* page (see `ForumSessionPage.original`), whose capacity and dates every
translation copies.
"""

import datetime
import enum
import zoneinfo
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home import caching
from home.blocks import RICH_TEXT_FEATURES
from home.caching import CachedViewRestrictions
from home.routes import RoutedPageMixin

from ..blocks import PhotoStreamBlock, ResultStreamBlock, SessionFilesBlock
from ..fields import LanguageListField
from ..languages import LANGUAGE_CHOICES, SIGN_LANGUAGES, language_name
from ..panels import RegistrationCountsPanel

#: Sessions take place in Hannover: their times are shown and exported in German time,
#: whatever time zone a server or visitor is in.
TIME_ZONE = zoneinfo.ZoneInfo("Europe/Berlin")


class RegistrationState(enum.Enum):
    """Where a session stands for someone who wants to come."""

    NOT_YET_OPEN = "not_yet_open"
    OPEN = "open"
    #: Registration is open, every seat is taken: new confirmations join the waitlist.
    WAITLIST = "waitlist"
    CLOSED = "closed"
    #: The session has begun or is over.
    OVER = "over"

    @property
    def accepts_registrations(self) -> bool:
        return self in (RegistrationState.OPEN, RegistrationState.WAITLIST)


@dataclass(frozen=True)
class SeatCounts:
    """How many registrations a session has in each state (all language versions together)."""

    confirmed: int = 0
    waitlisted: int = 0
    pending: int = 0
    cancelled: int = 0


class ForumIndexPage(CachedViewRestrictions, RoutedPageMixin, Page):
    """The forum's start page: upcoming sessions first, then past ones by year, filterable
    by topic. Links to the calendar feed of all upcoming sessions (`forum.views.calendar_feed`)."""

    intro = RichTextField(
        verbose_name=_("introduction"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the forum is, who can take part and how sessions work."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["forum.ForumSessionPage"]

    class Meta:
        verbose_name = _("forum index")

    @path("")
    def index_view(self, request):
        return self.views.index(request, self)


class ForumSessionPage(CachedViewRestrictions, RoutedPageMixin, Page):
    """One meeting of the Intercultural Forum: before it, what, when, where and how to
    register; after it, minutes, documents, photos and results.

    Times are stored in UTC and shown in Europe/Berlin. A seat is taken when a person
    confirms their e-mail address, not when they send the form (see `forum.services`).
    """

    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("field of action"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Visitors can filter the list of sessions by it; its results are filed under it."
        ),
    )
    intro = models.TextField(
        _("summary"),
        max_length=600,
        blank=True,
        help_text=_("Two or three sentences: what the session is about and who it is for."),
    )
    start = models.DateTimeField(
        _("start"), help_text=_("Date and time the session begins (German time).")
    )
    end = models.DateTimeField(_("end"), help_text=_("Date and time the session ends."))

    venue_name = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Name of the building or room, for example 'Haus der Region, Room 1'."),
    )
    venue_address = models.TextField(
        _("address"),
        max_length=400,
        blank=True,
        help_text=_("Street, postal code and town. Leave empty for sessions held only online."),
    )
    directions = models.TextField(
        _("directions"),
        max_length=1000,
        blank=True,
        help_text=_("How to get there: bus and train stops, entrance, parking."),
    )
    step_free = models.BooleanField(
        _("step-free access"),
        default=False,
        help_text=_("The venue, its entrance and toilets can be reached without steps."),
    )
    hearing_loop = models.BooleanField(
        _("hearing loop"),
        default=False,
        help_text=_("The room has an induction loop for hearing aids."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_(
            "Link to the video conference. It is not shown on the page: people receive it "
            "with their confirmation and reminder."
        ),
    )

    languages = LanguageListField(
        _("languages spoken"),
        language_choices=LANGUAGE_CHOICES,
        help_text=_("The languages the session is held in."),
    )
    interpretation = LanguageListField(
        _("interpretation offered"),
        language_choices=LANGUAGE_CHOICES,
        help_text=_(
            "Languages interpreters are booked for, including sign language. People choose "
            "one of these when they register."
        ),
    )

    capacity = models.PositiveIntegerField(
        _("seats"),
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many people can take part. Further registrations go on a waitlist; raising "
            "the number and publishing gives seats to the waitlist in order."
        ),
    )
    registration_opens = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Leave empty to open registration as soon as the page is published."),
    )
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep registration open until the session begins."),
    )

    minutes = RichTextField(
        _("minutes"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("After the session: what was discussed."),
    )
    documents = StreamField(
        SessionFilesBlock(),
        blank=True,
        verbose_name=_("documents"),
        help_text=_("After the session: presentations, minutes as PDF and other files."),
    )
    photos = StreamField(
        PhotoStreamBlock(),
        blank=True,
        verbose_name=_("photos"),
        help_text=_("Only photos of people who agreed to be published."),
    )
    results = StreamField(
        ResultStreamBlock(),
        blank=True,
        verbose_name=_("results"),
        help_text=_(
            "After the session: one result per line. Each result can later be passed on to "
            "the review of contributions."
        ),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("minutes"),
        index.FilterField("start"),
        index.FilterField("topic"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Date and time")),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("directions"),
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("hearing_loop")]),
            ],
            heading=_("Venue"),
        ),
        FieldPanel("online_url"),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("interpretation")], heading=_("Languages")
        ),
        InlinePanel("agenda_items", heading=_("Agenda"), label=_("Agenda item")),
    ]
    registration_panels = [
        RegistrationCountsPanel(heading=_("Registrations so far")),
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("registration_opens"), FieldPanel("registration_closes")]),
    ]
    after_panels = [
        FieldPanel("minutes"),
        FieldPanel("results"),
        FieldPanel("documents"),
        FieldPanel("photos"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(after_panels, heading=_("After the session")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["forum.ForumIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("forum session")
        verbose_name_plural = _("forum sessions")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The session must end after it begins.")
        if not self.venue_address and not self.online_url:
            errors["venue_address"] = _("Give an address, an online link or both.")
        if self.registration_opens and self.start and self.registration_opens >= self.start:
            errors["registration_opens"] = _("Registration must open before the session begins.")
        if self.registration_closes and self.start and self.registration_closes > self.start:
            errors["registration_closes"] = _(
                "Registration must close at the latest when the session begins."
            )
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            errors["registration_closes"] = _("Registration must close after it opens.")
        if errors:
            raise ValidationError(errors)

    # Facts for templates ---------------------------------------------------

    @cached_property
    def original(self) -> "ForumSessionPage":
        """The language version registrations belong to: the page created first.

        Translations copy capacity and dates from it, so it is the one to lock and count.
        Its primary key is the lowest of all versions because translations and aliases
        are always made after it. Read from the cache: it changes only with the pages."""
        if not self.translation_key:
            return self
        first = caching.cached(
            None,
            "session-original",
            self.translation_key,
            compute=lambda: (
                ForumSessionPage.objects.filter(translation_key=self.translation_key)
                .order_by("pk")
                .first()
            ),
        )
        return first or self

    @property
    def closes_at(self) -> datetime.datetime:
        return self.registration_closes or self.start

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def is_on_site(self) -> bool:
        return bool(self.venue_address)

    def venue_line(self) -> str:
        """Venue name and address on one line, for e-mails and calendar entries."""
        lines = [self.venue_name, *self.venue_address.splitlines()]
        return ", ".join(line.strip() for line in lines if line.strip())

    def language_names(self) -> list[str]:
        return [language_name(code) for code in self.languages]

    def interpretation_names(self) -> list[str]:
        return [language_name(code) for code in self.interpretation]

    def offers_sign_language(self) -> bool:
        return bool(SIGN_LANGUAGES & set(self.interpretation))

    def registration_state(
        self, counts: SeatCounts, now: datetime.datetime | None = None
    ) -> RegistrationState:
        now = now or timezone.now()
        if now >= self.start:
            return RegistrationState.OVER
        if self.registration_opens and now < self.registration_opens:
            return RegistrationState.NOT_YET_OPEN
        if now >= self.closes_at:
            return RegistrationState.CLOSED
        if counts.confirmed >= self.capacity:
            return RegistrationState.WAITLIST
        return RegistrationState.OPEN

    def subpage_url(self, name: str, request=None) -> str:
        """The address of one of this page's routes (registration, calendar, ...)."""
        # A page previewed before its first save may have no address yet.
        return (self.get_url(request) or "") + self.reverse_subpage(name)

    def contribution_results(self) -> list[tuple[str, str]]:
        """The results the review inbox collects (see `beteiligung.signals`): each result
        line's block id and text."""
        return [(block.id, str(block.value)) for block in self.results]

    # Routes: the work happens in forum.views (see home.routes) ----------------

    @path("")
    def session_view(self, request):
        return self.views.session(request, self)

    @path("register/", name="register")
    def register(self, request):
        return self.views.register(request, self)

    @path("register/sent/", name="register_sent")
    def register_sent(self, request):
        return self.views.register_sent(request, self)

    # Wagtail serves only paths of letters, digits, "-" and "_" ending in "/": the signed
    # tokens (which contain ":") travel in the query string, calendars end in "calendar/".
    @path("confirm/", name="confirm")
    def confirm(self, request):
        return self.views.confirm(request, self)

    @path("cancel/", name="cancel")
    def cancel(self, request):
        return self.views.cancel(request, self)

    @path("calendar/", name="ics")
    def ics(self, request):
        return self.views.session_ics(request, self)


class ForumAgendaItem(TranslatableMixin, Orderable):
    """One point of a session's agenda, edited inline on the session page."""

    page = ParentalKey(ForumSessionPage, on_delete=models.CASCADE, related_name="agenda_items")
    time = models.TimeField(
        _("time"), null=True, blank=True, help_text=_("When this point begins (German time).")
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("What this point is about."))
    speakers = models.CharField(
        _("speakers"),
        max_length=300,
        blank=True,
        help_text=_("Names and organisations of the people who speak or lead."),
    )
    description = models.TextField(
        _("description"),
        max_length=1000,
        blank=True,
        help_text=_("A sentence or two on what happens in this point."),
    )

    panels = [
        FieldRowPanel([FieldPanel("time"), FieldPanel("title")]),
        FieldPanel("speakers"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return self.title
