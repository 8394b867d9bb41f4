from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from core.demo import DemoContentError, load_demo_content


class Command(BaseCommand):
    help = (
        "Load made-up demo content from each content app's demo module, for trying "
        "the site and for screenshots. Staff see it marked as demo; "
        "remove_demo_content deletes it. Safe to run again: an app whose demo content "
        "is loaded is left as it is (--replace loads all of it afresh). Refused with "
        "DEBUG off unless --allow-production is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Remove all demo content first, then load it afresh.",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load it even with DEBUG off, where visitors of the live site would see it.",
        )

    def handle(self, *args, replace=False, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Nothing loaded: DEBUG is off, so this looks like the live site, where "
                "made-up content would mislead visitors. To load it anyway, add "
                "--allow-production."
            )
        try:
            report = load_demo_content(replace=replace)
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        # Names of models in English, like the rest of what this command says.
        with translation.override(None):
            self._say_what_was_done(report)

    def _say_what_was_done(self, report):
        if report.removed is not None:
            self.stdout.write(
                f"Removed the demo content loaded before: {report.removed.demo_objects} object(s)."
            )
        if not report.loaded and not report.already_loaded:
            self.stdout.write(
                "No content app has demo content (a demo.py with create_demo_content()): "
                "nothing loaded."
            )
            return
        for source, objects in report.loaded.items():
            self.stdout.write(f"Loaded {len(objects)} demo object(s) from {source}:")
            for obj in objects:
                self.stdout.write(f"  {obj._meta.verbose_name} “{obj}”")
        for source, count in report.already_loaded.items():
            self.stdout.write(
                f"{source}: {count} demo object(s) were loaded earlier and are left as they "
                "are (--replace loads them afresh)."
            )
        self.stdout.write(
            "Staff see it marked as demo in the admin. Remove all of it with: "
            "manage.py remove_demo_content"
        )
