from django.core.management.base import BaseCommand

from forum.services import send_reminders


class Command(BaseCommand):
    help = (
        "Queues reminder e-mails for forum sessions that begin within FORUM_REMINDER_DAYS "
        "days. Run daily or hourly (cron); nobody gets a reminder twice."
    )

    def handle(self, *args, **options):
        count = send_reminders()
        self.stdout.write(f"Queued {count} reminders.")
