"""The review inbox in the Wagtail admin: every contribution, whatever its source, with
filters, search, export, bulk actions and a history of every change; plus the form for
letters, e-mails and calls that staff type in."""

import csv
from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.views.mixins import Echo
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from home.exports import SafeCsvExportMixin
from home.models import Topic

from . import cycle, services, similarity
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


class SimilarContributions(Component):
    """Other contributions on the same consultation that say much the same, most similar
    first, each with a link to open it: shown when an evaluator reviews one."""

    template_name = "beteiligung/admin/similar_contributions.html"

    def __init__(self, contribution: Contribution):
        self.contribution = contribution

    def get_context_data(self, parent_context=None):
        return {
            "similar": similarity.similar_to(self.contribution),
            "threshold": round(similarity.THRESHOLD * 100),
        }


class SimilarPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "beteiligung/admin/similar_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["similar"] = SimilarContributions(self.instance)
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


def bulk_action_url(action_type: str, ids: list[int], next_url: str) -> str:
    """Where a bulk action of the inbox asks to confirm, for these contributions."""
    url = reverse("wagtail_bulk_action", args=["beteiligung", "contribution", action_type])
    return f"{url}?{urlencode([('next', next_url)] + [('id', pk) for pk in ids])}"


class InboxListingView(InboxIndexView):
    """The inbox as a list, with a button to group the same filtered list by similarity."""

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(
                _("Group similar"),
                url=self.grouping_url(reverse("wagtailsnippets_beteiligung_contribution:similar")),
                icon_name="list-ul",
            ),
        ]

    def grouping_url(self, base: str) -> str:
        """The same filters and search on the other presentation (list or groups)."""
        query = self.request.GET.copy()
        query.pop("p", None)
        return f"{base}?{query.urlencode()}" if query else base


class SimilarGroupsView(InboxListingView):
    """The filtered inbox as groups of near-duplicates, largest first, each with a count
    and the bulk actions for the whole group: answer a group at once and link it to a
    change. The first `similarity.MAX_CLUSTERED` rows of the filtered list are grouped."""

    page_title = _("Similar contributions")

    def get_paginate_by(self, queryset):
        return similarity.MAX_CLUSTERED

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Show as list"),
                url=self.grouping_url(reverse("wagtailsnippets_beteiligung_contribution:list")),
                icon_name="list-ul",
            )
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = list(context["object_list"])
        here = self.grouping_url(self.request.path)
        actions = [
            (_("Answer all"), AnswerBulkAction.action_type),
            (_("Set status"), SetStatusBulkAction.action_type),
            (_("Assign to me"), AssignToMeBulkAction.action_type),
            (_("Add tag"), TagBulkAction.action_type),
        ]
        context["clusters"] = [
            {
                "cluster": cluster,
                "actions": [
                    (label, bulk_action_url(kind, cluster.ids, here)) for label, kind in actions
                ],
            }
            for cluster in similarity.clusters(rows)
        ]
        context["grouped_count"] = len(rows)
        context["more_than_grouped"] = (
            context.get("page_obj") is not None and context["page_obj"].paginator.num_pages > 1
        )
        context["threshold"] = round(similarity.CLUSTER_THRESHOLD * 100)
        return context


class ReviewInspectView(snippet_views.InspectView):
    def get_field_label(self, field_name, field):
        if field_name == "similar":
            return _("Similar contributions")
        return super().get_field_label(field_name, field)

    def get_similar_display_value(self):
        return SimilarContributions(self.object)


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
    """The inbox. Its list can be filtered, searched and exported as it is shown, and
    grouped into near-duplicates ("similar/")."""

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
        "similar",
    ]
    index_view_class = InboxListingView
    similar_view_class = SimilarGroupsView
    listing_views = (*ScopedViewSet.listing_views, "similar_view_class")
    inspect_view_class = ReviewInspectView
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
            SimilarPanel(heading=_("Similar contributions")),
        ],
        base_form_class=ReviewForm,
    )

    def scope(self, queryset):
        # Nothing reaches the inbox before its author confirmed the address.
        return queryset.confirmed().select_related("consultation", "assignee", "topic")

    def similar_view(self, results_only=False):
        kwargs = self.get_index_view_kwargs(
            index_url_name=self.get_url_name("similar"),
            index_results_url_name=self.get_url_name("similar_results"),
            results_template_name="beteiligung/admin/similar_groups_results.html",
        )
        return self.construct_view(self.similar_view_class, **kwargs, results_only=results_only)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("similar/", self.similar_view(), name="similar"),
            path("similar/results/", self.similar_view(results_only=True), name="similar_results"),
        ]


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


class AnswerForm(forms.Form):
    review_status = forms.ChoiceField(label=_("New status"), choices=ReviewStatus.choices)
    public_answer = forms.CharField(
        label=_("Answer of the administration"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "The same answer for each of them. Authors who asked to be notified get an "
            "e-mail when their contribution is first answered."
        ),
    )
    changes = forms.MultipleChoiceField(
        label=_("Changes that answer them"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Added to the changes each of them is already linked to."),
    )

    def __init__(self, *args, change_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["changes"].choices = change_choices
        if not change_choices:
            del self.fields["changes"]


class AnswerBulkAction(ContributionBulkAction):
    """One answer, one status and the same changes for several contributions: for a
    group of near-duplicates."""

    display_name = _("Answer")
    action_type = "answer"
    aria_label = _("Answer the selected contributions with one answer")
    form_class = AnswerForm

    def get_form_kwargs(self):
        objects, _rest = self.get_actionable_objects()
        choices = {}
        for page in _consultations_of(objects).values():
            choices.update(cycle.changes_to_link(page))
        return {**super().get_form_kwargs(), "change_choices": list(choices.items())}

    def get_execution_context(self):
        return {**super().get_execution_context(), **self.cleaned_form.cleaned_data}

    @classmethod
    def execute_action(
        cls, objects, user=None, review_status=None, public_answer="", changes=(), **kwargs
    ):
        objects = list(objects)
        # A change can only answer contributions on its own consultation.
        linkable = {
            key: {choice for choice, _label in cycle.changes_to_link(page)}
            for key, page in _consultations_of(objects).items()
        }

        def answer(contribution):
            contribution.review_status = review_status
            contribution.public_answer = public_answer
            page = contribution.consultation
            wanted = set(changes) & linkable.get(page.translation_key, set()) if page else set()
            if wanted:
                current = {
                    f"{link.version_id}:{link.block_id}" for link in contribution.change_links.all()
                }
                cycle.set_change_links(contribution, sorted(current | wanted))

        return services.update_reviews(objects, user, answer), 0


def _consultations_of(contributions) -> dict:
    """The consultations of these contributions, one language version per consultation."""
    return {c.consultation.translation_key: c.consultation for c in contributions if c.consultation}


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
