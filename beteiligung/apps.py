from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeteiligungConfig(AppConfig):
    name = "beteiligung"
    verbose_name = _("Participation")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from home.caching import new_generation
        from home.participation.personal_data import register_personal_data
        from home.routes import register_views

        from . import feedback_views, services, views
        from .models import (
            ChangeLink,
            ConceptVersion,
            ConsultationPage,
            Contribution,
            FeedbackPage,
            Support,
        )
        from .personal_data import ConsultationData
        from .signals import (
            change_linked,
            contribution_deleted,
            contribution_saved,
            results_to_inbox,
            support_saved,
        )

        register_views(ConsultationPage, views)
        register_views(FeedbackPage, feedback_views)
        register_personal_data(ConsultationData())
        self.register_retention(services)
        # Any published page that reports results (a forum session) passes them on.
        page_published.connect(results_to_inbox, dispatch_uid="beteiligung.results_to_inbox")
        # Comment counts are cached; a change of what is public renews them.
        post_save.connect(
            contribution_saved, sender=Contribution, dispatch_uid="beteiligung.counts"
        )
        post_delete.connect(
            contribution_deleted, sender=Contribution, dispatch_uid="beteiligung.counts"
        )
        post_save.connect(support_saved, sender=Support, dispatch_uid="beteiligung.counts")
        for signal in (post_save, post_delete):
            signal.connect(change_linked, sender=ChangeLink, dispatch_uid="beteiligung.counts")
            # Versions are cached and shown on the consultation's pages.
            signal.connect(new_generation, sender=ConceptVersion, dispatch_uid="beteiligung.cache")

    def register_retention(self, services):
        """What `purge_personal_data` deletes of contributions, and what the privacy notice
        says about it."""
        from django.conf import settings
        from django.utils.translation import ngettext_lazy

        from home.participation.retention import register_retention

        register_retention(
            "unconfirmed contributions and agreements",
            services.purge_unconfirmed,
            data=_("Comments, replies, feedback and agreements that were not confirmed"),
            period=ngettext_lazy(
                "%(count)d hour after they were sent, when the confirmation link expires",
                "%(count)d hours after they were sent, when the confirmation link expires",
                "count",
            ),
            count=lambda: int(services.CONFIRMATION.lifetime.total_seconds() // 3600),
        )
        register_retention(
            "hashed client addresses",
            services.forget_ip_hashes,
            data=_("A fingerprint (hash) of the internet address a form was sent from"),
            period=ngettext_lazy(
                "%(count)d day after sending", "%(count)d days after sending", "count"
            ),
            count=lambda: services.IP_HASH_RETENTION.days,
        )
        register_retention(
            "e-mail addresses of contributions",
            services.forget_addresses,
            data=_("Your e-mail address with a comment, reply or feedback"),
            period=ngettext_lazy(
                "%(count)d day after the report on the consultation was published (without "
                "a report: after the consultation closed; feedback: after it was received)",
                "%(count)d days after the report on the consultation was published (without "
                "a report: after the consultation closed; feedback: after it was received)",
                "count",
            ),
            count=lambda: settings.RETENTION_CONTRIBUTION_EMAIL_DAYS,
        )
