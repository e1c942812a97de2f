from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeteiligungConfig(AppConfig):
    name = "beteiligung"
    verbose_name = _("Participation")

    def ready(self):
        from wagtail.signals import page_published

        from forum.models import ForumSessionPage

        from .signals import results_to_inbox

        page_published.connect(
            results_to_inbox, sender=ForumSessionPage, dispatch_uid="beteiligung.forum_results"
        )
