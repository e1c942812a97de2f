"""Who may do what with contributions, declared in one place.

Moderators decide what may be public; evaluators decide what becomes of a contribution.
Both work on the same records in two admin views, so each view asks for its own right."""

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy

MODERATE = "beteiligung.moderate_contribution"
REVIEW = "beteiligung.review_contribution"


class ContributionPermissionPolicy(ModelPermissionPolicy):
    """Viewing and changing needs either right, adding (typing in a letter) the review
    right; deleting the model's own delete permission."""

    def user_has_permission(self, user, action):
        if action in ("view", "change"):
            return user.has_perm(MODERATE) or user.has_perm(REVIEW)
        if action == "add":
            return user.has_perm(REVIEW)
        return super().user_has_permission(user, action)


class RequiresPermission:
    """View mixin: refuses users without `required_permission`, whatever the model allows."""

    required_permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.required_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def guarded(view_class, permission: str):
    """The same view, open only to users with `permission`."""
    return type(
        view_class.__name__,
        (RequiresPermission, view_class),
        {"required_permission": permission},
    )
