from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from core.demo import DemoContentError, remove_demo_content


class Command(BaseCommand):
    help = (
        "Delete all demo content that load_demo_content made, with its parts, links "
        "and image files, and nothing else. Safe to run again."
    )

    def handle(self, *args, **options):
        try:
            report = remove_demo_content()
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        if not report.demo_objects:
            self.stdout.write("No demo content to remove.")
            return
        self.stdout.write(
            f"Removed {report.demo_objects} demo object(s), with what belonged to them:"
        )
        # Names of models in English, like the rest of what this command says.
        with translation.override(None):
            for model, count in sorted(
                report.deleted.items(), key=lambda item: item[0]._meta.label
            ):
                self.stdout.write(f"  {count} × {model._meta.verbose_name_plural}")
        self.stdout.write("Everything else (seed content, staff's own) is as it was.")
