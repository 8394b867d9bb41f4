from datetime import timedelta

from django.core.management.base import BaseCommand

from core.media_sweep import sweep


class Command(BaseCommand):
    help = (
        "Remove uploaded images (with their resized variants) and private scans "
        "that no current content and no kept version uses. Run it from a daily "
        "or weekly cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-age-hours",
            type=float,
            default=24,
            help="Leave files younger than this: their save may still be under way (default 24).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be removed; remove nothing."
        )

    def handle(self, *args, min_age_hours, dry_run, **options):
        report = sweep(min_age=timedelta(hours=min_age_hours), dry_run=dry_run)
        verb = "Would remove" if dry_run else "Removed"
        for name in report.removed:
            self.stdout.write(f"{verb} {name}")
        self.stdout.write(
            f"{verb} {len(report.removed)} unused file(s); kept {report.kept_in_use} in use "
            f"and {report.kept_recent} younger than {min_age_hours:g} hours."
        )
