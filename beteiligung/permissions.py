"""Who may do what with contributions, declared in one place: a Wagtail permission policy.

Moderators decide what may be public; evaluators decide what becomes of a contribution.
Both work on the same records in two admin views, so each view asks the policy for its
own action ("moderate" or "review") besides the usual add, change and delete."""

from django.http import Http404
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Contribution

MODERATE = "beteiligung.moderate_contribution"
REVIEW = "beteiligung.review_contribution"


class ContributionPermissionPolicy(ModelPermissionPolicy):
    """ "moderate" and "review" are the two rights; viewing and changing needs either,
    adding (typing in a letter) the review right; deleting the model's own permission."""

    ACTIONS = {"moderate": MODERATE, "review": REVIEW}

    def user_has_permission(self, user, action):
        if action in self.ACTIONS:
            return user.has_perm(self.ACTIONS[action])
        if action in ("view", "change"):
            return user.has_perm(MODERATE) or user.has_perm(REVIEW)
        if action == "add":
            return user.has_perm(REVIEW)
        return super().user_has_permission(user, action)


policy = ContributionPermissionPolicy(Contribution)
register_permission_policy(Contribution, policy)


class RequiresAction:
    """Viewset mixin: each of its views also needs the policy's `permission_action`."""

    permission_action = ""

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            any_permission_required=[self.permission_action], **kwargs
        )


class ScopedListing:
    """Index view mixin: lists only what the viewset's `scope` lets through."""

    scope = None

    def get_base_queryset(self):
        return self.scope(super().get_base_queryset())


class ScopedObject:
    """Object view mixin (edit, inspect, delete, history, usage): a record outside the
    viewset's `scope` answers 404, as if it did not exist."""

    scope = None

    def get_object(self, *args, **kwargs):
        found = super().get_object(*args, **kwargs)
        if not self.scope(type(found)._default_manager.filter(pk=found.pk)).exists():
            raise Http404
        return found


class ScopedViewSet:
    """Viewset mixin: every view of the viewset sees only `scope(queryset)`.

    Wagtail's ModelViewSet never calls a viewset's `get_queryset(request)` (only snippet
    viewsets pass it on, and only to the listing), so the scope is given to the view
    classes themselves: the listing filters its queryset, the object views their lookup."""

    #: Which views list records and which open one.
    listing_views = ("index_view_class",)
    object_views = (
        "edit_view_class",
        "inspect_view_class",
        "delete_view_class",
        "history_view_class",
        "usage_view_class",
    )

    def scope(self, queryset):
        """The records this viewset's views may see; override."""
        return queryset

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scoped = ((self.listing_views, ScopedListing), (self.object_views, ScopedObject))
        for names, mixin in scoped:
            for name in names:
                view_class = getattr(self, name)
                if not issubclass(view_class, mixin):
                    setattr(self, name, type(view_class.__name__, (mixin, view_class), {}))

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(scope=self.scope, **kwargs)
