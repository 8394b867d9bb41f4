"""Only staff who may reorder content see the controls to reorder it."""

import pytest
from django.urls import reverse

from departments.models import Department
from partners.models import Partner

DRAG_HANDLE = 'class="drag handle"'


def _goals_fieldset(page):
    start = page.index("<fieldset", page.index('id="goals-group"'))
    return page[start : page.index(">", start)]


@pytest.mark.parametrize(("staff", "sees_handles"), [("editor", True), ("translator", False)])
def test_partner_list_shows_drag_handles_only_to_staff_who_may_reorder(
    client, seeded, request, staff, sees_handles
):
    client.force_login(request.getfixturevalue(staff))

    page = client.get(reverse("admin:partners_partner_changelist")).content.decode()

    assert (DRAG_HANDLE in page) is sees_handles
    assert Partner.objects.first().name in page


@pytest.mark.parametrize(("staff", "sees_handles"), [("editor", True), ("translator", False)])
def test_department_goals_are_draggable_only_for_staff_who_may_reorder(
    client, seeded, request, staff, sees_handles
):
    client.force_login(request.getfixturevalue(staff))
    department = Department.objects.filter(goals__isnull=False).first()

    page = client.get(
        reverse("admin:departments_department_change", args=[department.pk])
    ).content.decode()

    # adminsortable2's script turns the rows of a "sortable" inline into drag handles.
    assert ("sortable" in _goals_fieldset(page)) is sees_handles
    assert department.goals.first().text in page
