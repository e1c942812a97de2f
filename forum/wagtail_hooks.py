"""The forum in Wagtail's admin: registrations per session, with filters, export as a
sign-in list, manual registration and cancellation."""

import django_filters
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from .admin_views import (
    CANCEL_ACTION,
    RegistrationCancelView,
    RegistrationDeleteView,
    RegistrationIndexView,
    StaffRegistrationCreateView,
)
from .forms import RegistrationEditForm, StaffRegistrationForm, original_sessions
from .languages import LANGUAGE_CHOICES
from .models import Registration

# Before anything asks for it: staff need the usual add/change/delete/view permissions.
register_permission_policy(Registration)


class RegistrationFilterSet(WagtailFilterSet):
    session = django_filters.ModelChoiceFilter(
        label=_("Session"), queryset=lambda request: original_sessions()
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Registration.Status.choices)
    interpretation = django_filters.ChoiceFilter(
        label=_("Interpretation needed"), choices=LANGUAGE_CHOICES
    )
    needs = django_filters.BooleanFilter(label=_("Has accessibility needs"), method="filter_needs")

    class Meta:
        model = Registration
        fields = ["session", "status", "interpretation"]

    def filter_needs(self, queryset, name, value):
        if value is None:
            return queryset
        return (
            queryset.exclude(accessibility_needs="")
            if value
            else queryset.filter(accessibility_needs="")
        )


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    name = "forum_registrations"
    index_view_class = RegistrationIndexView
    add_view_class = StaffRegistrationCreateView
    delete_view_class = RegistrationDeleteView
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = RegistrationFilterSet
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    list_display = [
        "name",
        "session",
        "status",
        "interpretation",
        BooleanColumn("has_accessibility_needs", label=_("Accessibility needs")),
        "sequence",
        "confirmed_at",
    ]
    # A sign-in list to print: no e-mail addresses on paper at the door.
    list_export = [
        "session",
        "name",
        "organisation",
        "get_status_display",
        "sequence",
        "get_interpretation_display",
        "accessibility_needs",
        "signature",
    ]
    export_headings = {
        "session": _("Session"),
        "name": _("Name"),
        "organisation": _("Organisation"),
        "get_status_display": _("Status"),
        "sequence": _("No."),
        "get_interpretation_display": _("Interpretation"),
        "accessibility_needs": _("Accessibility needs"),
        "signature": _("Signature"),
    }
    export_filename = "forum-sign-in-list"

    add_panels = ObjectList(
        [
            FieldPanel("session"),
            FieldPanel("name"),
            FieldPanel("email"),
            FieldPanel("organisation"),
            FieldPanel("interpretation"),
            FieldPanel("accessibility_needs"),
            FieldPanel("language"),
        ],
        base_form_class=StaffRegistrationForm,
    )
    edit_panels = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("email"),
            FieldPanel("organisation"),
            FieldPanel("interpretation"),
            FieldPanel("accessibility_needs"),
            FieldPanel("language"),
        ],
        base_form_class=RegistrationEditForm,
    )

    def _panel(self, for_update: bool):
        return (self.edit_panels if for_update else self.add_panels).bind_to_model(self.model)

    def get_form_class(self, for_update=False):
        return self._panel(for_update).get_form_class()

    def get_add_view_kwargs(self, **kwargs):
        return {**super().get_add_view_kwargs(**kwargs), "panel": self._panel(False)}

    def get_edit_view_kwargs(self, **kwargs):
        return {**super().get_edit_view_kwargs(**kwargs), "panel": self._panel(True)}

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(cancel_url_name=self.get_url_name("cancel"), **kwargs)

    @property
    def cancel_view(self):
        return self.construct_view(
            RegistrationCancelView, cancel_url_name=self.get_url_name("cancel")
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("cancel/<str:pk>/", self.cancel_view, name="cancel"),
        ]


class ForumViewSetGroup(ViewSetGroup):
    menu_label = _("Intercultural Forum")
    menu_icon = "group"
    items = [RegistrationViewSet]


@hooks.register("register_admin_viewset")
def register_forum_viewsets():
    return ForumViewSetGroup()


@hooks.register("register_log_actions")
def register_forum_log_actions(actions):
    actions.register_action(CANCEL_ACTION, _("Cancel registration"), _("Registration cancelled"))
