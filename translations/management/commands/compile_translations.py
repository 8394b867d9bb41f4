"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

Django's compilemessages needs msgfmt, which a fresh machine may not have;
Babel reads and writes the same formats in pure Python.
"""

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's .po catalogues into .mo files (pure Python)."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                try:
                    with po_path.open("rb") as po_file:
                        catalog = read_po(po_file, abort_invalid=True)
                except PoFileError as error:
                    raise CommandError(f"{po_path}: {error}") from error
                with mo_path.open("wb") as mo_file:
                    write_mo(mo_file, catalog)
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogue(s).")
