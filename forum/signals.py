"""Reactions to changes made elsewhere (in the page editor)."""

from . import services


def promote_after_publishing(sender, instance, **kwargs):
    """An editor may have raised the capacity: give new seats to the waitlist in order."""
    services.promote_waitlist(instance)
