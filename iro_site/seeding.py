"""Load the department's seed content (iro_site/seed/content.json) once.

Each piece (the department with its head, hours and goals; each partner;
each programme; each project) is loaded at most once, remembered by a
SeedRecord. Running the loader again adds only pieces that are new to the
file, so whatever staff have edited or deleted since stays as they left it.
"""

import json
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from django.conf import settings
from django.db import transaction
from modeltranslation.utils import build_localized_fieldname

from departments.models import Department, DepartmentHead, Goal, OfficeHours
from iro_site.models import SeedRecord
from iro_site.page_cache import mark_content_changed
from iro_site.translation_status.fingerprints import fingerprint_everything
from partners.models import Partner
from programs.models import Programme, Project

SEED_FILE = Path(__file__).resolve().parent / "seed" / "content.json"


@dataclass
class SeedReport:
    created: list = field(default_factory=list)
    already_loaded: list = field(default_factory=list)
    existing_kept: list = field(default_factory=list)


def translations(field_name, texts):
    """{"name": {"uz": ..}} as model keyword arguments name_uz=.., name_ru=.."""
    return {
        build_localized_fieldname(field_name, code): texts.get(code, "")
        for code, _name in settings.LANGUAGES
    }


def translated_fields(data, *field_names):
    fields = {}
    for field_name in field_names:
        fields.update(translations(field_name, data[field_name]))
    return fields


def load_seed(content=None):
    """Load what has not been loaded yet; return a SeedReport."""
    if content is None:
        content = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    report = SeedReport()
    with transaction.atomic():
        _load_department(report, content)
        for position, partner in enumerate(content["partners"]):
            _load_partner(report, partner, position)
        for position, programme in enumerate(content["programmes"]):
            _load_programme(report, programme, position)
    if report.created:
        # bulk_create sends no signals: tell the page cache ourselves.
        mark_content_changed()
    return report


def _first_time(report, key, existing):
    """True when the piece under `key` is to be created now."""
    _record, created = SeedRecord.objects.get_or_create(key=key)
    if not created:
        report.already_loaded.append(key)
        return False
    if existing.exists():
        # Staff created it by hand before the seed ever ran: keep theirs.
        report.existing_kept.append(key)
        return False
    report.created.append(key)
    return True


def _load_department(report, content):
    data = content["department"]
    key = f"department:{data['slug']}"
    if not _first_time(report, key, Department.objects.filter(slug=data["slug"])):
        return
    department = Department.objects.create(
        slug=data["slug"],
        phone=data["phone"],
        email=data["email"],
        **translated_fields(
            data, "name", "introduction", "about", "projects_introduction", "address"
        ),
    )
    DepartmentHead.objects.create(
        department=department,
        **translated_fields(content["head"], "full_name", "position", "bio"),
    )
    OfficeHours.objects.bulk_create(
        OfficeHours(
            department=department,
            weekday=row["weekday"],
            opens=time.fromisoformat(row["opens"]),
            closes=time.fromisoformat(row["closes"]),
        )
        for row in content["office_hours"]
    )
    goals = Goal.objects.bulk_create(
        Goal(department=department, position=position, **translations("text", text))
        for position, text in enumerate(content["goals"])
    )
    # bulk_create sends no signals: record what the translations were made from.
    fingerprint_everything(goals)


def _load_partner(report, data, position):
    key = f"partner:{data['slug']}"
    if not _first_time(report, key, Partner.objects.filter(slug=data["slug"])):
        return
    Partner.objects.create(
        slug=data["slug"],
        country=data["country"],
        website=data.get("website", ""),
        position=position,
        **translated_fields(data, "name", "city"),
    )


def _load_programme(report, data, position):
    key = f"programme:{data['slug']}"
    if _first_time(report, key, Programme.objects.filter(slug=data["slug"])):
        Programme.objects.create(
            slug=data["slug"],
            website=data.get("website", ""),
            position=position,
            **translated_fields(data, "name", "summary"),
        )
    programme = Programme.objects.filter(slug=data["slug"]).first()
    if programme is None:
        return  # deleted by staff: its projects go with it
    for project_position, project in enumerate(data["projects"]):
        _load_project(report, programme, project, project_position)


def _load_project(report, programme, data, position):
    key = f"project:{programme.slug}/{data['slug']}"
    existing = Project.objects.filter(programme=programme, slug=data["slug"])
    if not _first_time(report, key, existing):
        return
    Project.objects.create(
        programme=programme,
        slug=data["slug"],
        website=data.get("website", ""),
        position=position,
        **translated_fields(data, "title", "summary", "description"),
    )
