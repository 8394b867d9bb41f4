import json

from django.core.management.base import BaseCommand, CommandError

from translations.report import translation_report


class Command(BaseCommand):
    help = (
        "Show how complete the translations are: content fields per language and "
        "interface strings per catalogue (fuzzy, untranslated and faulty entries "
        "count as missing)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print JSON for machines.")
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="PERCENT",
            help="Exit with an error when any share is below PERCENT.",
        )

    def handle(self, *args, **options):
        report = translation_report()
        if options["json"]:
            self.stdout.write(json.dumps([status.as_dict() for status in report], indent=2))
        else:
            self._print_table(report)
        bar = options["fail_under"]
        if bar is not None:
            below = [
                f"{status.language} {kind} {percent}%"
                for status in report
                for kind, percent in (
                    ("content", status.content_percent),
                    ("interface", status.interface_percent),
                )
                if percent < bar
            ]
            if below:
                raise CommandError(f"below {bar}%: {', '.join(below)}")

    def _print_table(self, report):
        self.stdout.write(
            f"{'language':10}{'content':>10}{'filled':>12}{'outdated?':>11}"
            f"{'interface':>11}{'problems':>10}"
        )
        for status in report:
            problems = len(status.catalogue.problems) if status.catalogue else 0
            self.stdout.write(
                f"{status.language:10}{status.content_percent:>9}%"
                f"{status.content_done:>6}/{status.content_total:<5}{len(status.stale):>11}"
                f"{status.interface_percent:>10}%{problems:>10}"
            )
        for status in report:
            for unit in status.missing:
                self.stdout.write(
                    f"missing {status.language}: {unit.model_label} #{unit.obj.pk} {unit.field}"
                )
            for unit in status.stale:
                self.stdout.write(
                    f"may be outdated {status.language}: "
                    f"{unit.model_label} #{unit.obj.pk} {unit.field}"
                )
            for problem in status.catalogue.problems if status.catalogue else []:
                self.stdout.write(f"interface {status.language}: {problem.rule}: {problem.msgid}")
