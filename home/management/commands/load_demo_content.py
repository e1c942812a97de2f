from django.core.management.base import BaseCommand

from home.demo.loader import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, load_demo_content


class Command(BaseCommand):
    help = "Fills the site with demo content a person from the unit would recognise. Idempotent."

    def handle(self, *args, **options):
        load_demo_content()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(
            f"Admin: http://127.0.0.1:8000/admin/  user {DEMO_ADMIN_USERNAME!r}, "
            f"password {DEMO_ADMIN_PASSWORD!r}"
        )
