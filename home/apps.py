from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
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
        self.connect_cache_invalidation()

    def connect_cache_invalidation(self):
        """Menus, breadcrumbs, language links and settings are cached (`home.caching`):
        any change to pages, sites, locales, fields of action (topics) or the site settings
        starts a new generation."""
        from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .caching import new_generation, settings_changed
        from .models import SiteSettings, Topic

        for sender in [*get_page_models(), Page, PageViewRestriction, Site, Locale, Topic]:
            for signal in (post_save, post_delete):
                signal.connect(new_generation, sender=sender, dispatch_uid="home.cache")
        post_save.connect(settings_changed, sender=SiteSettings, dispatch_uid="home.cache")
        post_delete.connect(new_generation, sender=SiteSettings, dispatch_uid="home.cache")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(new_generation, dispatch_uid="home.cache")
