from django.core.management.base import BaseCommand

from forum.services import purge_personal_data


class Command(BaseCommand):
    help = (
        "Deletes registrations of forum sessions that ended more than FORUM_RETENTION_DAYS "
        "ago and unconfirmed registrations whose link expired. Run daily (cron)."
    )

    def handle(self, *args, **options):
        result = purge_personal_data()
        self.stdout.write(
            f"Deleted {result.after_session} registrations of past sessions and "
            f"{result.unconfirmed} unconfirmed registrations."
        )
