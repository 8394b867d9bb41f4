from django.core.management.base import BaseCommand

from core.seeding import load_seed


class Command(BaseCommand):
    help = (
        "Load the department's seed content. Safe to run again: a piece that "
        "was loaded once is never loaded or overwritten again."
    )

    def handle(self, *args, **options):
        report = load_seed()
        self.stdout.write(f"Seed content: {len(report.created)} piece(s) created.")
        for key in report.created:
            self.stdout.write(f"  created {key}")
        if report.already_loaded:
            self.stdout.write(
                f"{len(report.already_loaded)} piece(s) were loaded earlier and left "
                "as they are now."
            )
        for key in report.existing_kept:
            self.stdout.write(f"  kept {key}: it existed before the seed ran")
