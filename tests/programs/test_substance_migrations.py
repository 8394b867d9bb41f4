"""The migrations that add partners' areas of cooperation, projects'
partner institutions and the lead images run both ways."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("partners", "0003_remove_partner_agreement_date"),
    ("programs", "0003_search_documents"),
]
AFTER = [
    ("partners", "0005_search_documents_with_cooperation"),
    ("programs", "0004_lead_images_and_project_partners"),
]


def _migrate_to(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_new_fields_migrate_back_and_forth_keeping_the_rows():
    try:
        apps = _migrate_to(AFTER)
        Partner = apps.get_model("partners", "Partner")
        Program = apps.get_model("programs", "Program")
        Project = apps.get_model("programs", "Project")
        partner = Partner.objects.create(
            slug="induk", name="Induk", name_uz="Induk", country="KR", cooperation_uz="Kurslar."
        )
        program = Program.objects.create(slug="erasmus-plus", name="Erasmus+", name_uz="Erasmus+")
        project = Project.objects.create(
            program=program, slug="mobility", title="Mobility", title_uz="Mobillik"
        )
        project.partners.add(partner)

        apps = _migrate_to(BEFORE)
        Partner = apps.get_model("partners", "Partner")
        Project = apps.get_model("programs", "Project")
        assert Partner.objects.get().slug == "induk"
        assert Project.objects.get().slug == "mobility"
        assert "cooperation_uz" not in {field.name for field in Partner._meta.get_fields()}
        assert "partners" not in {field.name for field in Project._meta.get_fields()}

        apps = _migrate_to(AFTER)
        Partner = apps.get_model("partners", "Partner")
        assert Partner.objects.get().cooperation_uz is None
    finally:
        _migrate_to(MigrationExecutor(connection).loader.graph.leaf_nodes())
