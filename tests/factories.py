"""Factories for the page types and the multilingual tree every test builds on."""

import factory
import wagtail_factories
from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from home.models import ContentPage, HomePage, Topic
from home.translation import translate_page


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Integration und Teilhabe"
    slug = "start"
    intro = "<p>Willkommen bei der Stabsstelle Integration und Teilhabe.</p>"

    class Meta:
        model = HomePage


class TopicFactory(factory.django.DjangoModelFactory):
    """A field of action; the same slug gives the same topic."""

    name = "Bildung und Sprache"
    slug = factory.LazyAttribute(lambda topic: slugify(topic.name))
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic
        django_get_or_create = ("slug", "locale")


def name_topic(topic: Topic, language_code: str, name: str) -> Topic:
    """Names a topic's version in another language, as an editor translating it does."""
    version = Topic.objects.get(
        translation_key=topic.translation_key, locale__language_code=language_code
    )
    version.name = name
    version.save(update_fields=["name"])
    return version


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.Sequence(lambda n: f"seite-{n}")
    intro = "Eine kurze Zusammenfassung."
    show_in_menus = True

    class Meta:
        model = ContentPage


def ensure_locales() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }


def make_root() -> Page:
    """Wagtail's root page (and root collection), made again where a transactional test
    flushed the rows Wagtail's migrations made (with every site language)."""
    locales = ensure_locales()
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", locale=locales[settings.LANGUAGE_CODE]))
    return root


def make_site() -> HomePage:
    """A German start page as the default site's root, with every site language present.

    Also works after a transactional test flushed the rows Wagtail's migrations made."""
    home = HomePageFactory(parent=make_root())
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        return home
    placeholder = site.root_page
    site.root_page = home
    site.save()
    if placeholder.pk != home.pk:
        placeholder.delete()
    return home


def translate(page: Page, language_code: str, strings: dict[str, str] | None = None) -> Page:
    """Translates a page through wagtail-localize's pipeline, as an editor does.

    `strings` maps German source strings (title, slug, paragraphs) to their translation;
    whatever it leaves out stays German."""
    locale = Locale.objects.get(language_code=language_code)
    return translate_page(page, locale, strings or {})
