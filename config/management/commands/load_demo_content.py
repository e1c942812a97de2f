import logging

from django.core.management.base import BaseCommand

from config.demo.loader import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, load_demo_content
from config.demo_guard import ensure_demo_admin_allowed


class Command(BaseCommand):
    help = "Fills the site with demo content a person from the unit would recognise. Idempotent."

    def handle(self, *args, **options):
        # The demo admin's password is public: never on a server others can reach.
        ensure_demo_admin_allowed()
        if options["verbosity"] < 2:
            # Wagtail logs every page it creates, publishes or redirects: hundreds of lines.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
        load_demo_content()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  user {DEMO_ADMIN_USERNAME!r}, "
            f"password {DEMO_ADMIN_PASSWORD!r}"
        )
