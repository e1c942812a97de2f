"""Moderation in the Wagtail admin: one queue of contributions (per consultation via its
filter) and the reports."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter

from . import cycle, services
from .admin_forms import ModerationForm, ReportHandlingForm
from .inbox import (
    AnswerBulkAction,
    AssignToMeBulkAction,
    OfflineViewSet,
    ReviewViewSet,
    SetStatusBulkAction,
    TagBulkAction,
    WaitingPanel,
)
from .models import ConceptVersion, ConsultationPage, Contribution, Report
from .permissions import RequiresAction, ScopedViewSet, policy


class ContributionEditView(generic.EditView):
    def save_instance(self):
        # The form has already changed the instance; the services need the stored state
        # to see what changed, to log it and to tell the author.
        stored = Contribution.objects.get(pk=self.object.pk)
        data = self.form.cleaned_data
        services.moderate(
            stored,
            self.request.user,
            status=data["moderation_status"],
            reason=data["moderation_reason"],
            text=data["text"],
        )
        return stored


class ContributionViewSet(RequiresAction, ScopedViewSet, ModelViewSet):
    permission_action = "moderate"
    model = Contribution
    icon = "comment"
    menu_label = _("Moderation queue")
    name = "moderation"
    url_prefix = "moderation"
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "author_name",
        "consultation",
        "paragraph_number",
        "source",
        "moderation_status",
        "created_at",
    ]
    list_filter = ["moderation_status", "consultation", "source", "language"]
    search_fields = ["text", "author_name", "organisation"]
    ordering = ["-created_at"]
    edit_view_class = ContributionEditView
    edit_handler = ObjectList(
        [
            FieldPanel("text"),
            FieldPanel("moderation_status"),
            FieldPanel("moderation_reason"),
        ],
        base_form_class=ModerationForm,
    )

    def scope(self, queryset):
        # Nothing waits for a moderator before the author confirmed the address.
        return queryset.confirmed().select_related("consultation")


class ReportEditView(generic.EditView):
    def save_instance(self):
        if self.form.cleaned_data.get("handled") and not self.object.handled_at:
            services.resolve_report(self.object, self.request.user)
        return self.object


class ReportViewSet(ScopedViewSet, ModelViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Reports")
    # Wagtail's own "reports/" section lives at that prefix already.
    name = "contribution_reports"
    url_prefix = "contribution-reports"
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = [
        "reason",
        Column("contribution", label=_("contribution"), accessor="contribution"),
        "created_at",
        "handled_at",
    ]
    list_filter = ["handled_at"]
    ordering = ["handled_at", "-created_at"]
    edit_view_class = ReportEditView
    edit_handler = ObjectList([FieldPanel("handled")], base_form_class=ReportHandlingForm)

    def scope(self, queryset):
        return queryset.select_related("contribution")


class FreezeForm(WagtailAdminModelForm):
    """Freezes the consultation's live document as the next version."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "consultation" in self.fields:
            originals = ConsultationPage.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            )
            self.fields["consultation"].queryset = originals


class FreezeView(generic.CreateView):
    def get_initial(self):
        return {**super().get_initial(), "consultation": self.request.GET.get("consultation")}

    def save_instance(self):
        data = self.form.cleaned_data
        return cycle.freeze_version(
            data["consultation"],
            name=data["name"],
            step=data["step"],
            date=data["date"],
            note=data["note"],
            user=self.request.user,
        )


class VersionViewSet(ModelViewSet):
    """Versions of consultation documents: frozen from the live page (its "⋯" menu has
    "Freeze a version"); afterwards only their name, step, date and note can be edited."""

    model = ConceptVersion
    icon = "history"
    menu_label = _("Versions")
    url_prefix = "versions"
    add_to_admin_menu = False
    copy_view_enabled = False
    add_view_class = FreezeView
    list_display = ["__str__", "consultation", "step", "date"]
    list_filter = ["consultation", "step"]
    ordering = ["consultation", "-number"]
    add_handler = ObjectList(
        [
            FieldPanel("consultation"),
            FieldPanel("name"),
            FieldPanel("step"),
            FieldPanel("date"),
            FieldPanel("note"),
        ],
        base_form_class=FreezeForm,
    )
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("step"), FieldPanel("date"), FieldPanel("note")]
    )

    def get_add_view_kwargs(self, **kwargs):
        # Freezing asks for the consultation; editing a version afterwards does not.
        panel = self.add_handler.bind_to_model(self.model)
        form_class = panel.get_form_class()
        return super().get_add_view_kwargs(panel=panel, form_class=form_class, **kwargs)


@hooks.register("register_page_header_buttons")
def freeze_version_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ConsultationPage) and user.has_perm(
        "beteiligung.add_conceptversion"
    ):
        url = reverse(VersionViewSet().get_url_name("add"))
        yield Button(
            _("Freeze a version"),
            url=f"{url}?consultation={cycle.original(page.specific).pk}",
            icon_name="history",
            priority=80,
        )


class ParticipationGroup(ViewSetGroup):
    menu_label = _("Participation")
    menu_icon = "group"
    menu_order = 200
    items = (ReviewViewSet, ContributionViewSet, ReportViewSet, OfflineViewSet, VersionViewSet)


@hooks.register("register_admin_viewset")
def register_participation_viewsets():
    return ParticipationGroup()


@hooks.register("construct_homepage_panels")
def add_waiting_panel(request, panels):
    if policy.user_has_any_permission(request.user, ["moderate", "review"]):
        panels.append(WaitingPanel(request))


for bulk_action in (AnswerBulkAction, AssignToMeBulkAction, SetStatusBulkAction, TagBulkAction):
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_moderation_actions(actions):
    actions.register_action("beteiligung.approve", _("Approve"), _("Published by a moderator"))
    actions.register_action("beteiligung.reject", _("Reject"), _("Not published, author told why"))
    actions.register_action("beteiligung.hide", _("Hide"), _("Taken offline, author told why"))
    actions.register_action(
        "beteiligung.edit_text", _("Edit text"), _("Text edited by a moderator")
    )
    actions.register_action(
        "beteiligung.report_handled", _("Report handled"), _("A report about it was handled")
    )
    actions.register_action("beteiligung.review")(ReviewChanged)
    actions.register_action(
        "beteiligung.freeze_version", _("Freeze a version"), _("Document frozen as a version")
    )


class ReviewChanged(LogFormatter):
    """Shows in the history what an evaluator changed, from what to what."""

    label = _("Review")

    def format_message(self, log_entry):
        changes = log_entry.data.get("changes", {})
        parts = [f"{_field_label(name)}: “{old}” → “{new}”" for name, (old, new) in changes.items()]
        return _("Review changed: %(changes)s") % {"changes": "; ".join(parts)}


def _field_label(name: str) -> str:
    if name == "changes":  # the links to changes are no field of the contribution
        return str(_("Changes that answer it"))
    return str(Contribution._meta.get_field(name).verbose_name)
