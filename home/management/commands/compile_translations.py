from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


def compile_translations(locale_dirs) -> list[Path]:
    """Writes a .mo file next to every .po file; needs no GNU gettext on the machine."""
    written = []
    for locale_dir in locale_dirs:
        for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
            mo_path = po_path.with_suffix(".mo")
            polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
            written.append(mo_path)
    return written


class Command(BaseCommand):
    help = "Compiles the interface translations in locale/ (like compilemessages, without gettext)."

    def handle(self, *args, **options):
        written = compile_translations(settings.LOCALE_PATHS)
        self.stdout.write(f"Compiled {len(written)} translation files.")
