"""Run in a site with the new app installed; prints what each shared feature sees."""

import json

import django

django.setup()

from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from core.seeding import load_seed  # noqa: E402
from translations.report import translation_report  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
load_seed()
report = {status.language: status.as_dict() for status in translation_report()}
print(
    json.dumps(
        {
            "seeded": load_seed().already_loaded,
            "editors": sorted(
                Group.objects.get(name="Editors")
                .permissions.filter(content_type__app_label="events")
                .values_list("codename", flat=True)
            ),
            "translators": sorted(
                Group.objects.get(name="Translators")
                .permissions.filter(content_type__app_label="events")
                .values_list("codename", flat=True)
            ),
            "missing_ru": report["ru"]["content"]["missing"],
            "fallback_pages_ru": report["ru"]["content"]["pages_showing_fallback_text"],
            "sitemap": Client().get("/sitemap.xml").content.decode(),
            "page": Client().get("/ru/events/open-day/").content.decode(),
            "home_page": Client().get("/ru/").content.decode(),
        }
    )
)
