"""Who may do what with contributions, declared in one place: a Wagtail permission policy.

Moderators decide what may be public; evaluators decide what becomes of a contribution.
Both work on the same records in two admin views, so each view asks the policy for its
own action ("moderate" or "review") besides the usual add, change and delete."""

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
