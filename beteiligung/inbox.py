"""The review inbox in the Wagtail admin: every contribution, whatever its source, with
filters, search, export, bulk actions and a history of every change; plus the form for
letters, e-mails and calls that staff type in."""

import csv

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.views.mixins import Echo
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from home.exports import SafeCsvExportMixin
from home.models import Topic

from . import cycle, services
from .models import ConsultationPage, Contribution, Report
from .permissions import RequiresAction, ScopedViewSet, policy

ReviewStatus = Contribution.ReviewStatus


class ReviewFilterSet(WagtailFilterSet):
    consultation = django_filters.ModelChoiceFilter(
        label=_("Consultation"), queryset=ConsultationPage.objects.all()
    )
    chapter = django_filters.NumberFilter(label=_("Chapter"), method="filter_chapter", min_value=1)
    topic = django_filters.ModelChoiceFilter(
        label=_("Field of action"),
        queryset=Topic.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        method="filter_topic",
    )
    source = django_filters.ChoiceFilter(label=_("Source"), choices=Contribution.Source.choices)
    review_status = django_filters.ChoiceFilter(label=_("Status"), choices=ReviewStatus.choices)
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Contribution._meta.get_field("language").choices
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=get_user_model().objects.filter(is_staff=True)
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received between"), widget=DateRangePickerWidget
    )
    has_answer = django_filters.BooleanFilter(label=_("Has an answer"), method="filter_has_answer")
    without_change = django_filters.BooleanFilter(
        label=_("Adopted, no change linked yet"), method="filter_without_change"
    )

    class Meta:
        model = Contribution
        fields = []

    def filter_chapter(self, queryset, name, value):
        # By block ids, not by the number a comment was written on: numbers change when
        # the document is reordered.
        return queryset.filter(block_id__in=cycle.block_ids_in_chapter(int(value)))

    def filter_without_change(self, queryset, name, value):
        unlinked = queryset.filter(pk__in=cycle.adopted_without_change().values("pk"))
        return unlinked if value else queryset.exclude(pk__in=unlinked.values("pk"))

    def filter_topic(self, queryset, name, value):
        # A comment written in Arabic is filed under the Arabic version of the topic.
        return queryset.filter(topic__translation_key=value.translation_key)

    def filter_has_answer(self, queryset, name, value):
        answered = ~Q(public_answer="")
        return queryset.filter(answered if value else ~answered)


class ReviewForm(WagtailAdminModelForm):
    changes = forms.MultipleChoiceField(
        label=_("Changes that answer it"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The paragraphs of a later version that were changed because of this "
            "contribution. The comparison page lists it under each of them."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "related" in self.fields:
            # Related contributions are chosen among those staff may see.
            self.fields["related"].queryset = (
                Contribution.objects.confirmed()
                .exclude(pk=self.instance.pk)
                .order_by("-created_at")
            )
        page = self.instance.consultation
        self.fields["changes"].choices = cycle.changes_to_link(page) if page else []
        self.fields["changes"].initial = [
            f"{link.version_id}:{link.block_id}" for link in self.instance.change_links.all()
        ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("review_status") == ReviewStatus.NOT_ADOPTED and not cleaned.get(
            "public_answer"
        ):
            self.add_error(
                "public_answer", _("Explain in the answer why the suggestion was not adopted.")
            )
        return cleaned


class WordingPanel(Panel):
    """The paragraph's wording the contribution was written on and, where it changed
    since, the current wording: an evaluator need not open the public page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "beteiligung/admin/wording_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["wording"] = cycle.wording_for_review(self.instance)
            return context


class ChunkedRows:
    """A queryset read in chunks rather than cached whole, so that exporting 50,000
    contributions needs no more memory than exporting 1,000."""

    def __init__(self, queryset):
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        if hasattr(self.queryset, "iterator"):
            return self.queryset.iterator(chunk_size=1000)
        return iter(self.queryset)  # search results are already a bounded list


#: Where each exported column comes from in a plain row: the field itself, or the name
#: its related object is shown by (what `str()` of that object gives).
EXPORT_VALUES = {
    "consultation": "consultation__title",
    "forum_session": "forum_session__title",
    "topic": "topic__name",
    "assignee": "assignee__username",
}


class InboxIndexView(SafeCsvExportMixin, snippet_views.IndexView):
    def stream_csv(self, queryset):
        """Wagtail's CSV export from plain rows read in chunks, rather than from model
        instances with their related pages: five times faster for 50,000 rows, and its
        memory does not grow with them. Each row still goes through `write_csv_row`."""
        queryset = getattr(queryset, "queryset", queryset)
        if not hasattr(queryset, "values_list"):
            yield from super().stream_csv(queryset)  # search results: a bounded list
            return
        fields = self.list_export
        writer = csv.DictWriter(Echo(), fieldnames=fields)
        yield writer.writerow({field: self.get_heading(queryset, field) for field in fields})
        columns = [EXPORT_VALUES.get(field, field) for field in fields]
        for row in queryset.values_list(*columns).iterator(chunk_size=2000):
            yield self.write_csv_row(writer, dict(zip(fields, row, strict=True)))

    def get(self, request, *args, **kwargs):
        # An export needs the filtered, searched and ordered rows, not the listing page:
        # building that page would load every row into memory before streaming them.
        if self.is_export:
            return self.as_spreadsheet(ChunkedRows(self.get_queryset()), request.GET.get("export"))
        return super().get(request, *args, **kwargs)


class ReviewEditView(snippet_views.EditView):
    def save_instance(self):
        stored = Contribution.objects.get(pk=self.object.pk)
        before = services.review_snapshot(stored)
        instance = self.form.save()
        cycle.set_change_links(instance, self.form.cleaned_data.get("changes", []))
        services.record_review(instance, self.request.user, before)
        self.new_revision = None
        return instance


# The snippet chooser ---------------------------------------------------------------


class ForReviewersOnly:
    """Chooser view mixin: Wagtail lets every admin user open a snippet chooser; for
    contributions only people with the moderate or review right may, and they choose
    among confirmed contributions."""

    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_any_permission(request.user, ["moderate", "review"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object_list(self):
        return Contribution.objects.confirmed()


class ContributionChooseView(ForReviewersOnly, chooser_views.ChooseView):
    pass


class ContributionChooseResultsView(ForReviewersOnly, chooser_views.ChooseResultsView):
    pass


class ContributionChosenView(ForReviewersOnly, chooser_views.SnippetChosenView):
    def get_object(self, pk):
        return self.get_object_list().get(pk=pk)


class ContributionChosenMultipleView(ForReviewersOnly, chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.get_object_list().filter(pk__in=pks)


class ContributionCreateView(ForReviewersOnly, chooser_views.SnippetCreateView):
    pass


class ContributionChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = ContributionChooseView
    choose_results_view_class = ContributionChooseResultsView
    chosen_view_class = ContributionChosenView
    chosen_multiple_view_class = ContributionChosenMultipleView
    create_view_class = ContributionCreateView


class ReviewViewSet(RequiresAction, ScopedViewSet, SnippetViewSet):
    """The inbox. Its list can be filtered, searched and exported as it is shown."""

    model = Contribution
    permission_action = "review"
    icon = "tasks"
    menu_label = _("Inbox")
    url_prefix = "inbox"
    filterset_class = ReviewFilterSet
    list_display = [
        "__str__",
        "source",
        "consultation",
        "paragraph_number",
        "review_status",
        "assignee",
        "created_at",
    ]
    list_export = [
        "id",
        "created_at",
        "source",
        "consultation",
        "paragraph_number",
        "forum_session",
        "topic",
        "language",
        "author_name",
        "organisation",
        "text",
        "moderation_status",
        "review_status",
        "assignee",
        "public_answer",
        "answered_at",
    ]
    export_filename = "contributions"
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "source",
        "consultation",
        "paragraph_number",
        "paragraph_text",
        "forum_session",
        "text",
        "author_name",
        "organisation",
        "topic",
        "language",
        "channel",
        "received_on",
        "created_at",
        "moderation_status",
        "review_status",
        "assignee",
        "public_answer",
        "internal_note",
    ]
    index_view_class = InboxIndexView
    edit_view_class = ReviewEditView
    chooser_viewset_class = ContributionChooserViewSet
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("text", read_only=True),
            WordingPanel(heading=_("What it is about")),
            FieldRowPanel([FieldPanel("review_status"), FieldPanel("assignee")]),
            FieldPanel("public_answer"),
            FieldPanel("internal_note"),
            FieldPanel("tags"),
            FieldPanel("related", widget=forms.SelectMultiple),
            FieldPanel("changes"),
        ],
        base_form_class=ReviewForm,
    )

    def scope(self, queryset):
        # Nothing reaches the inbox before its author confirmed the address.
        return queryset.confirmed().select_related("consultation", "assignee", "topic")


class OfflineForm(WagtailAdminModelForm):
    """A letter, e-mail, call or remark at an event, typed in by staff."""

    def save(self, commit=True):
        services.receive_typed_in(self.instance)
        return super().save(commit=commit)


class OfflineViewSet(RequiresAction, ScopedViewSet, ModelViewSet):
    model = Contribution
    permission_action = "review"
    name = "offline_contributions"
    url_prefix = "offline-contributions"
    icon = "mail"
    menu_label = _("Typed in")
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["__str__", "channel", "received_on", "review_status"]
    ordering = ["-received_on"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("channel"), FieldPanel("received_on")]),
                    FieldRowPanel([FieldPanel("consultation"), FieldPanel("topic")]),
                    FieldPanel("language"),
                ],
                heading=_("How it reached us"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("author_name"),
                    FieldPanel("organisation"),
                    FieldPanel("email"),
                    FieldPanel("notify_on_answer"),
                ],
                heading=_("Sender"),
            ),
            FieldPanel("text"),
        ],
        base_form_class=OfflineForm,
    )

    def scope(self, queryset):
        # Only what staff typed in: opening a citizen's comment here would show the
        # author's address and turn the comment into a letter on saving.
        return queryset.typed_in()


# Bulk actions -----------------------------------------------------------------


class ContributionBulkAction(SnippetBulkAction):
    models = [Contribution]
    template_name = "beteiligung/admin/confirm_bulk_review.html"

    def check_perm(self, obj):
        # The ids come from the address: an unconfirmed contribution stays out, as in
        # the inbox itself.
        confirmed = obj.moderation_status != Contribution.ModerationStatus.UNCONFIRMED
        return confirmed and policy.user_has_permission(self.request.user, "review")

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d contribution updated.",
            "%(count)d contributions updated.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class AssignToMeBulkAction(ContributionBulkAction):
    display_name = _("Assign to me")
    action_type = "assign_to_me"
    aria_label = _("Assign the selected contributions to me")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        def assign(contribution):
            contribution.assignee = user

        return services.update_reviews(list(objects), user, assign), 0


class StatusForm(forms.Form):
    review_status = forms.ChoiceField(
        label=_("New status"),
        # "Not adopted" needs a reason in each answer: set it one by one.
        choices=[
            choice for choice in ReviewStatus.choices if choice[0] != ReviewStatus.NOT_ADOPTED
        ],
    )


class SetStatusBulkAction(ContributionBulkAction):
    display_name = _("Set status")
    action_type = "set_review_status"
    aria_label = _("Set the status of the selected contributions")
    form_class = StatusForm

    def get_execution_context(self):
        return {**super().get_execution_context(), **self.cleaned_form.cleaned_data}

    @classmethod
    def execute_action(cls, objects, user=None, review_status=None, **kwargs):
        def set_status(contribution):
            contribution.review_status = review_status

        return services.update_reviews(list(objects), user, set_status), 0


class TagForm(forms.Form):
    tag = forms.CharField(label=_("Tag to add"), max_length=100)


class TagBulkAction(ContributionBulkAction):
    display_name = _("Add tag")
    action_type = "add_tag"
    aria_label = _("Add a tag to the selected contributions")
    form_class = TagForm

    def get_execution_context(self):
        return {**super().get_execution_context(), **self.cleaned_form.cleaned_data}

    @classmethod
    def execute_action(cls, objects, user=None, tag=None, **kwargs):
        def add_tag(contribution):
            contribution.tags.add(tag)

        return services.update_reviews(list(objects), user, add_tag), 0


# Dashboard ----------------------------------------------------------------------


class WaitingPanel(Component):
    """What waits for the logged-in staff member: moderation, reports, assigned reviews."""

    name = "beteiligung_waiting"
    order = 50
    template_name = "beteiligung/admin/waiting_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        items = []
        if policy.user_has_permission(user, "moderate"):
            pending = Contribution.objects.filter(
                moderation_status=Contribution.ModerationStatus.PENDING
            ).count()
            reports = Report.objects.filter(handled_at=None).count()
            items += [
                (_("Contributions waiting for moderation"), pending, "moderation:index"),
                (_("Open reports"), reports, "contribution_reports:index"),
            ]
        if policy.user_has_permission(user, "review"):
            open_statuses = [ReviewStatus.RECEIVED, ReviewStatus.IN_REVIEW]
            mine = Contribution.objects.filter(assignee=user, review_status__in=open_statuses)
            unassigned = Contribution.objects.filter(
                assignee=None, review_status=ReviewStatus.RECEIVED
            ).exclude(moderation_status=Contribution.ModerationStatus.UNCONFIRMED)
            items += [
                (
                    _("Assigned to you, not yet answered"),
                    mine.count(),
                    "wagtailsnippets_beteiligung_contribution:list",
                ),
                (
                    _("Received, nobody assigned"),
                    unassigned.count(),
                    "wagtailsnippets_beteiligung_contribution:list",
                ),
                (
                    _("Adopted, but no change linked yet"),
                    cycle.adopted_without_change().count(),
                    "wagtailsnippets_beteiligung_contribution:list",
                ),
            ]
        return {"items": [(label, count, reverse(url)) for label, count, url in items]}
