from django.conf import settings

from .models import ChangeLink, Contribution, Support
from .services import collect_results, forget_counts

#: Statuses in which a contribution may just have left or entered the public counts.
COUNTED_CHANGES = {
    Contribution.ModerationStatus.PUBLISHED,
    Contribution.ModerationStatus.HIDDEN,
    Contribution.ModerationStatus.REJECTED,
}


def results_to_inbox(sender, instance, **kwargs):
    """A published page that reports results passes its new ones on to the review inbox:
    any page with a `contribution_results()` method (see `collect_results`), today the
    forum's sessions, which so need not know the inbox. The German original carries
    them; translations repeat the same results."""
    reports_results = hasattr(instance, "contribution_results")
    if reports_results and instance.locale.language_code == settings.LANGUAGE_CODE:
        collect_results(instance)


def contribution_saved(sender, instance: Contribution, **kwargs) -> None:
    """Comment counts are cached: a contribution published, hidden or rejected renews
    them. (Unconfirmed and pending ones were never counted.)"""
    if instance.moderation_status in COUNTED_CHANGES:
        forget_counts(instance)


def contribution_deleted(sender, instance: Contribution, **kwargs) -> None:
    forget_counts(instance)


def support_saved(sender, instance: Support, **kwargs) -> None:
    """A confirmed "I agree" changes the figure shown under a contribution."""
    if instance.confirmed_at is not None:
        forget_counts(instance.contribution)


def change_linked(sender, instance: ChangeLink, **kwargs) -> None:
    """The results list and the threads show which changes answer a contribution. (Read
    anew: when a contribution is deleted, its links go first.)"""
    contribution = Contribution.objects.filter(pk=instance.contribution_id).first()
    if contribution is not None:
        forget_counts(contribution)
