"""The department, its head, office hours and goals, from seed.json."""

from datetime import time

from core.phone_numbers import normalised
from core.seeding import read_seed_file, translated_fields, translations
from departments.models import Department, DepartmentHead, DepartmentPhone, Goal, OfficeHours


def load(report):
    content = read_seed_file(__file__)
    data = content["department"]
    existing = Department.objects.filter(slug=data["slug"])
    if not report.first_time(f"department:{data['slug']}", existing):
        return
    department = Department.objects.create(
        slug=data["slug"],
        email=data["email"],
        **translated_fields(
            data, "name", "institute", "introduction", "about", "projects_introduction", "address"
        ),
    )
    DepartmentPhone.objects.bulk_create(
        DepartmentPhone(department=department, number=normalised(number), position=position)
        for position, number in enumerate(data["phones"])
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
    # One by one, not bulk_create: each save records what its translations
    # were made from (translations.fingerprints).
    for position, text in enumerate(content["goals"]):
        Goal.objects.create(department=department, position=position, **translations("text", text))
