from django.conf import settings

from .services import collect_results


def results_to_inbox(sender, instance, **kwargs):
    """A published page that reports results passes its new ones on to the review inbox:
    any page with a `contribution_results()` method (see `collect_results`), today the
    forum's sessions, which so need not know the inbox. The German original carries
    them; translations repeat the same results."""
    reports_results = hasattr(instance, "contribution_results")
    if reports_results and instance.locale.language_code == settings.LANGUAGE_CODE:
        collect_results(instance)
