"""Load the department's seed content once: each content app's `seed` part.

A content app with seed content has a `seed` module whose `load(report)`
creates its pieces through `report.first_time(key, existing)`, and usually a
`seed.json` beside it in all three languages (read with `read_seed_file`).
Each piece (the department with its head, hours and goals; each partner;
each program; each project) is loaded at most once, remembered by a
SeedRecord. Running the loader again adds only pieces that are new to the
files, so whatever staff have edited or deleted since stays as they left it.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from core.content import content_app_modules
from core.content_version import mark_content_changed
from core.models import SeedRecord


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    already_loaded: list = field(default_factory=list)
    existing_kept: list = field(default_factory=list)

    def first_time(self, key, existing):
        """True when the piece under `key` is to be created now.

        `existing` is a QuerySet of what staff may have created by hand
        before the seed ever ran: if it finds anything, theirs is kept.
        """
        _record, created = SeedRecord.objects.get_or_create(key=key)
        if not created:
            self.already_loaded.append(key)
            return False
        if existing.exists():
            self.existing_kept.append(key)
            return False
        self.created.append(key)
        return True


def read_seed_file(module_file):
    """The seed.json beside a content app's seed module."""
    return json.loads((Path(module_file).parent / "seed.json").read_text(encoding="utf-8"))


def translations(field_name, texts):
    """{"uz": .., "ru": ..} for `name` as keyword arguments name_uz=.., name_ru=.."""
    return {
        build_localized_fieldname(field_name, code): texts.get(code, "")
        for code, _name in settings.LANGUAGES
    }


def translated_fields(data, *field_names):
    fields = {}
    for field_name in field_names:
        fields.update(translations(field_name, data[field_name]))
    return fields


def load_seed():
    """Load what has not been loaded yet, app by app; return a SeedReport."""
    report = SeedReport()
    with transaction.atomic():
        for seed in content_app_modules("seed"):
            seed.load(report)
    if report.created:
        # bulk_create sends no signals: tell the page cache ourselves.
        mark_content_changed()
    return report
