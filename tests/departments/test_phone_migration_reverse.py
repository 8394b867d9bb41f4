"""Undoing the move of phone text into phone numbers fits the old phone field."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = ("departments", "0002_department_phone_numbers_and_constraint_messages")
AFTER = ("departments", "0003_move_phone_text_into_phone_numbers")


def _migrate_to(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


@pytest.mark.django_db(transaction=True)
def test_undoing_keeps_the_numbers_that_fit_in_the_phone_text_and_names_the_rest(capsys):
    apps = _migrate_to(AFTER)
    Department = apps.get_model("departments", "Department")
    DepartmentPhone = apps.get_model("departments", "DepartmentPhone")
    department = Department.objects.create(slug="ird", name="IRD", phone="")
    for position, number in enumerate(["+998712302816", "+998712302817", "+998712302818"]):
        DepartmentPhone.objects.create(department=department, number=number, position=position)

    try:
        apps = _migrate_to(BEFORE)
        department = apps.get_model("departments", "Department").objects.get(slug="ird")
        assert department.phone == "+998712302816, +998712302817"
        assert "+998712302818" in capsys.readouterr().out
    finally:
        # Every app's latest migration, as the rest of the suite expects.
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
