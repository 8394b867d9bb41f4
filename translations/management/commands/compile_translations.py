"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

Django's compilemessages needs msgfmt, which a fresh machine may not have;
Babel reads and writes the same formats in pure Python. A catalogue with a
translation that carries markup or placeholders its source does not is
refused (translations.catalogue_safety), and the command fails naming it.
"""

from django.core.management.base import BaseCommand, CommandError

from translations.compilation import CatalogueRefused, compile_catalogue, project_catalogues


class Command(BaseCommand):
    help = "Compile the project's .po catalogues into .mo files, refusing unsafe entries."

    def handle(self, *args, **options):
        refusals = []
        compiled = 0
        for po_path in project_catalogues():
            try:
                compile_catalogue(po_path)
            except CatalogueRefused as refusal:
                refusals.append(str(refusal))
            else:
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogue(s).")
        if refusals:
            raise CommandError("\n".join(refusals))
