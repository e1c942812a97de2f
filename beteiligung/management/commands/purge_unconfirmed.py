from django.core.management.base import BaseCommand

from beteiligung.services import purge_unconfirmed


class Command(BaseCommand):
    help = (
        "Deletes contributions and supports whose confirmation link expired and forgets "
        "hashed client addresses after a week. Run daily."
    )

    def handle(self, *args, **options):
        deleted = purge_unconfirmed()
        self.stdout.write(f"Deleted {deleted} unconfirmed entries.")
