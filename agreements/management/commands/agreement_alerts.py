"""Print the agreements that need action, for a mail or a cron job.

    manage.py agreement_alerts --language uz

Prints the same lists as the admin index, in the chosen language, and
nothing when nothing needs action. Exit status: 0 nothing needs action,
1 something does (the lists were printed), 2 the command was used wrongly.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from agreements.alerts import needing_action
from agreements.models import tashkent_today

NEEDS_ACTION_EXIT_STATUS = 1


class Command(BaseCommand):
    help = "Print the agreements that expire within 90 days or have expired unattended."

    def add_arguments(self, parser):
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="uz, ru or en (default: the site's default language)",
        )

    def handle(self, *args, language, **options):
        if language not in dict(settings.LANGUAGES):
            codes = ", ".join(code for code, _name in settings.LANGUAGES)
            raise CommandError(f"Unknown language {language!r}: use one of {codes}.", returncode=2)
        with translation.override(language):
            groups = needing_action(tashkent_today(), limit=None)
            if not any(group.count for group in groups):
                return
            self.stdout.write(_("Agreements that need action"))
            for group in groups:
                if not group.count:
                    continue
                self.stdout.write("")
                self.stdout.write(f"{group.title} ({group.count}):")
                for agreement in group.agreements:
                    last_day = date_format(agreement.valid_until, "DATE_FORMAT")
                    self.stdout.write(f"- {agreement} — {agreement.partner} — {last_day}")
        raise SystemExit(NEEDS_ACTION_EXIT_STATUS)
