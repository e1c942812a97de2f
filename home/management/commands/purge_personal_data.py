from django.core.management.base import BaseCommand

from home.participation.retention import purge_personal_data


class Command(BaseCommand):
    help = (
        "Deletes or forgets personal data that is no longer needed: unconfirmed entries, "
        "hashed addresses, old e-mail addresses, forum registrations after the session, "
        "finished task results, login records, expired sessions. Run daily (cron)."
    )

    def handle(self, *args, **options):
        for label, count in purge_personal_data().items():
            self.stdout.write(f"{count} {label}")
