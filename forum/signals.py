"""Reactions to changes made elsewhere: in the page editor, and to registrations."""

from home import page_cache

from . import services
from .models import Registration


def promote_after_publishing(sender, instance, **kwargs):
    """An editor may have raised the capacity: give new seats to the waitlist in order."""
    services.promote_waitlist(instance)


def seats_changed(sender, instance: Registration, **kwargs):
    """Pages show whether seats are free: stored pages are renewed when a registration is
    saved or deleted as confirmed, waitlisted or cancelled. One waiting for its e-mail
    confirmation counts nowhere, so a rush of new registrations leaves the page cache
    alone for everyone else reading the site."""
    if instance.status != Registration.Status.PENDING:
        page_cache.purge()
