"""Pages and settings every part of the site shares: the start page, content pages,
and the contact data editors change without a deploy."""

from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from . import caching
from .blocks import (
    RICH_TEXT_FEATURES,
    AnnouncementBlock,
    ContentStreamBlock,
    LinkBlock,
    OpeningHoursBlock,
)


class Topic(TranslatableMixin, models.Model):
    """A field of action (Handlungsfeld) of the Integrationskonzept. Consultation
    comments, feedback, forum sessions and their results are filed under one, so staff can
    follow a field across every way people take part.

    Every language has every topic: a new topic is copied into each locale at once and
    shows its German name until an editor translates it, as pages do. So the select of a
    form is never empty, whatever the visitor's language."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_(
            "Short name in addresses, for example in the forum's filter (?topic=housing). "
            "The same in every language."
        ),
    )

    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="home_topic_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def localize(cls, items: list) -> list:
        """Gives each item (a session, say) its topic in the visitor's language, in one
        query: untranslated pages copied from German still point at the German topic."""
        keys = {item.topic.translation_key for item in items if item.topic}
        localized = {
            topic.translation_key: topic
            for topic in cls.objects.filter(
                translation_key__in=keys, locale=caching.active_locale()
            )
        }
        for item in items:
            if item.topic:
                item.topic = localized.get(item.topic.translation_key, item.topic)
        return items

    def copy_to_every_locale(self) -> None:
        """Creates the missing language versions, with this version's name."""
        present = Topic.objects.filter(translation_key=self.translation_key)
        for locale in Locale.objects.exclude(pk__in=present.values("locale")):
            self.copy_for_translation(locale).save()


class HomePage(caching.CachedViewRestrictions, Page):
    """The start page of one language tree: who the unit is and what is happening now."""

    intro = RichTextField(
        verbose_name=_("introduction"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Two or three sentences on what the unit does and what visitors find here."),
    )
    announcements = StreamField(
        [("announcement", AnnouncementBlock())],
        blank=True,
        verbose_name=_("announcements"),
        help_text=_("Short news, newest first. The start page shows the first three."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("further content"),
        help_text=_("Shown below the teasers, for example a word of welcome."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("announcements"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("start page")

    def latest_announcements(self):
        return list(self.announcements)[:3]


class ContentPage(caching.CachedViewRestrictions, Page):
    """A standard page: the fields of action, the Orientierungsberatung, the Regionsfonds,
    contact and legal pages. Sub-pages are listed below the body as teasers."""

    intro = models.TextField(
        verbose_name=_("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences, shown under the title and in teasers and search."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    @property
    def teaser(self) -> str:
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query per page type among the children, whatever their number; read only
        # where the rendered list is not cached (it is until a page changes).
        context["subpages"] = caching.public(self.get_children().live()).specific()
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact data, opening hours and the links every page shows in its footer."""

    organisation_name = models.CharField(
        _("organisation"),
        max_length=200,
        default="Region Hannover – Stabsstelle Integration und Teilhabe",
        help_text=_("As it should appear in the footer and contact box."),
    )
    street_address = models.CharField(
        _("street and number"), max_length=200, blank=True, help_text=_("For the footer.")
    )
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True, default="Hannover")
    phone = models.CharField(
        _("phone"), max_length=60, blank=True, help_text=_("As people should dial it.")
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("General contact address."))
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        blank=True,
        verbose_name=_("opening hours"),
        help_text=_("Day names are shown in each visitor's language."),
    )
    social_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("social media"),
        help_text=_("Plain links only: the site never loads anything from these services."),
    )
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Legal notice (Impressum)."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every form that asks for personal data."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Required by BITV 2.0, with a way to report barriers."),
    )
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("easy language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Explanation of the site in Leichte Sprache."),
    )
    netiquette_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("netiquette"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Rules for a fair discussion, linked from every comment form."),
    )
    sign_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sign language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Explanation of the site in German Sign Language (video)."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("opening_hours"),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_language_page"),
                FieldPanel("sign_language_page"),
                FieldPanel("netiquette_page"),
            ],
            heading=_("Footer links"),
        ),
    ]

    select_related = [
        "imprint_page",
        "privacy_page",
        "accessibility_page",
        "easy_language_page",
        "sign_language_page",
        "netiquette_page",
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """Wagtail's lookup, from the cache until the settings or a page change."""
        attr_name = cls.get_cache_attr_name()
        site = Site.find_for_request(request)
        if not hasattr(request, attr_name) and site is not None:
            instance = caching.cached(
                request, "site-settings", site.pk, compute=lambda: cls.for_site(site)
            )
            instance._request = request
            setattr(request, attr_name, instance)
        return super().for_request(request)

    @cached_property
    def footer_pages(self):
        """The legal and accessibility pages, each in the visitor's language where it exists,
        else as chosen; a page that is not published or not public (a password or login
        restriction) is left out, in whichever language.

        Two queries for all of them (pages, view restrictions), cached per language until
        a page is published."""
        return caching.cached(
            getattr(self, "_request", None),
            "footer-pages",
            self.site_id,
            translation.get_language(),
            compute=self._localized_footer_pages,
        )

    def _localized_footer_pages(self) -> list[Page]:
        chosen = [
            self.easy_language_page,
            self.sign_language_page,
            self.accessibility_page,
            self.privacy_page,
            self.imprint_page,
        ]
        chosen = [page for page in chosen if page is not None]
        active = caching.active_locale()
        visible = {}
        for version in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=[page.translation_key for page in chosen])
        ):
            visible[version.pk] = version
            if version.locale_id == active.pk:
                visible[version.translation_key] = version
        pages = [visible.get(page.translation_key) or visible.get(page.pk) for page in chosen]
        return [page for page in pages if page is not None]
