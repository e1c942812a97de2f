from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeteiligungConfig(AppConfig):
    name = "beteiligung"
    verbose_name = _("Participation")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from home.participation.personal_data import register_personal_data
        from home.participation.retention import register_retention
        from home.routes import register_views

        from . import feedback_views, services, views
        from .models import ConsultationPage, Contribution, FeedbackPage, Support
        from .personal_data import ConsultationData
        from .signals import (
            contribution_deleted,
            contribution_saved,
            results_to_inbox,
            support_saved,
        )

        register_views(ConsultationPage, views)
        register_views(FeedbackPage, feedback_views)
        register_personal_data(ConsultationData())
        register_retention("unconfirmed contributions and agreements", services.purge_unconfirmed)
        register_retention("hashed client addresses (after 7 days)", services.forget_ip_hashes)
        register_retention("e-mail addresses of contributions", services.forget_addresses)
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
