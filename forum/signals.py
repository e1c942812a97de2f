"""Reactions to changes made elsewhere (in the page editor)."""

from .models import ForumSessionPage


def promote_after_publishing(sender, instance, **kwargs):
    """An editor may have raised the capacity: give new seats to the waitlist in order."""
    from . import services

    if isinstance(instance, ForumSessionPage):
        services.promote_waitlist(instance)
