"""Migrate and load the seed content, one container at a time.

Several app containers may start together; on PostgreSQL they queue on an
advisory lock so migrations and the seed run once, in order. SQLite has a
single writer anyway.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

# Any fixed number shared by every container of this site.
ADVISORY_LOCK_ID = 7_431_002


class Command(BaseCommand):
    help = "Apply migrations and load new seed content, holding a lock on PostgreSQL."

    def handle(self, *args, **options):
        locking = connection.vendor == "postgresql"
        if locking:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK_ID])
        try:
            call_command("migrate", interactive=False, verbosity=1, stdout=self.stdout)
            call_command("load_seed", stdout=self.stdout)
        finally:
            if locking:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK_ID])
