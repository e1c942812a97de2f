"""Admin panels for forum pages."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class RegistrationCountsPanel(Panel):
    """Shows on the session's edit page how many people registered, with a link to the list.

    Counts cover all language versions of the session together."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "forum/admin/registration_counts_panel.html"

        def get_context_data(self, parent_context=None):
            from . import services

            context = super().get_context_data(parent_context)
            page = self.instance
            context["counts"] = None
            if page.pk:
                context["counts"] = services.seat_counts([page])[page.translation_key]
                context["capacity"] = page.capacity
                context["list_url"] = (
                    reverse("forum_registrations:index") + f"?session={page.original.pk}"
                )
            return context

    @property
    def clean_name(self):
        return super().clean_name or "registration_counts"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Registrations so far"))
        super().__init__(*args, **kwargs)
