from django.conf import settings

from .services import collect_forum_results


def results_to_inbox(sender, instance, **kwargs):
    """A published forum session passes its new results on to the review inbox. The
    German original carries them; translations repeat the same results."""
    if instance.locale.language_code == settings.LANGUAGE_CODE:
        collect_forum_results(instance)
