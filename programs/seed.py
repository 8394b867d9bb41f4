"""The programs and their projects from seed.json."""

from core.seeding import read_seed_file, translated_fields
from programs.models import Program, Project


def load(report):
    for position, data in enumerate(read_seed_file(__file__)["programs"]):
        _load_program(report, data, position)


def _load_program(report, data, position):
    existing = Program.objects.filter(slug=data["slug"])
    if report.first_time(f"program:{data['slug']}", existing):
        Program.objects.create(
            slug=data["slug"],
            website=data.get("website", ""),
            position=position,
            **translated_fields(data, "name", "summary"),
        )
    program = existing.first()
    if program is None:
        return  # deleted by staff: its projects go with it
    for project_position, project in enumerate(data["projects"]):
        _load_project(report, program, project, project_position)


def _load_project(report, program, data, position):
    existing = Project.objects.filter(program=program, slug=data["slug"])
    if report.first_time(f"project:{program.slug}/{data['slug']}", existing):
        Project.objects.create(
            program=program,
            slug=data["slug"],
            website=data.get("website", ""),
            position=position,
            **translated_fields(data, "title", "summary", "description"),
        )
