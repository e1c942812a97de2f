from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site and content pages")

    def ready(self):
        from wagtail.models import Locale

        from .models import Topic
        from .signals import copy_new_topic, copy_topics_to_new_locale

        post_save.connect(copy_new_topic, sender=Topic, dispatch_uid="home.copy_new_topic")
        post_save.connect(copy_topics_to_new_locale, sender=Locale, dispatch_uid="home.copy_topics")
