from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Intercultural Forum")

    def ready(self):
        from wagtail.signals import page_published

        from .models import ForumSessionPage
        from .signals import promote_after_publishing

        page_published.connect(
            promote_after_publishing,
            sender=ForumSessionPage,
            dispatch_uid="forum.promote_after_publishing",
        )
