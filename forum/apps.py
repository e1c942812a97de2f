from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Intercultural Forum")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from home.participation.personal_data import register_personal_data
        from home.routes import register_views

        from . import mails, services, views
        from .models import ForumIndexPage, ForumSessionPage, Registration
        from .personal_data import ForumData
        from .signals import promote_after_publishing, seats_changed

        register_views(ForumIndexPage, views)
        register_views(ForumSessionPage, views)
        register_personal_data(ForumData())
        self.register_retention(services, mails)
        page_published.connect(
            promote_after_publishing,
            sender=ForumSessionPage,
            dispatch_uid="forum.promote_after_publishing",
        )
        for signal in (post_save, post_delete):
            signal.connect(seats_changed, sender=Registration, dispatch_uid="forum.page_cache")

    def register_retention(self, services, mails):
        """What `purge_personal_data` deletes of registrations, and what the privacy notice
        says about it."""
        from django.conf import settings
        from django.utils.translation import ngettext_lazy

        from home.participation.retention import register_retention

        register_retention(
            "unconfirmed registrations",
            services.purge_unconfirmed,
            data=_("Registrations for the forum that were not confirmed"),
            period=ngettext_lazy(
                "%(count)d hour after the last confirmation link was sent, when it expires",
                "%(count)d hours after the last confirmation link was sent, when it expires",
                "count",
            ),
            count=lambda: int(mails.CONFIRMATION.lifetime.total_seconds() // 3600),
        )
        register_retention(
            "registrations of past sessions",
            services.purge_after_session,
            data=_("Registrations for the forum: name, e-mail address, organisation, needs"),
            period=ngettext_lazy(
                "%(count)d day after the session", "%(count)d days after the session", "count"
            ),
            count=lambda: settings.FORUM_RETENTION_DAYS,
        )
