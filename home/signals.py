"""Keeps every language supplied with every field of action (see `Topic`)."""

from wagtail.models import Locale

from .models import Topic


def copy_new_topic(sender, instance: Topic, created: bool, raw: bool = False, **kwargs) -> None:
    """A topic created by an editor appears in every language; its copies, which share
    its translation key, need no copies of their own."""
    if created and not raw:
        siblings = Topic.objects.filter(translation_key=instance.translation_key)
        if not siblings.exclude(pk=instance.pk).exists():
            instance.copy_to_every_locale()


def copy_topics_to_new_locale(sender, instance: Locale, created: bool, raw=False, **kwargs):
    if created and not raw:
        for topic in Topic.objects.filter(locale=Locale.get_default()):
            topic.copy_to_every_locale()
