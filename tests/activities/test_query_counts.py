"""Pages with activities run a fixed number of queries, from 10 activities to 1,000
(more than any page or feed shows, so a query per row would show)."""

import datetime
import itertools

import pytest
from django.utils import timezone

from activities.models import Activity
from partners.models import Partner
from programs.models import Project

# Every page shows the department with its phone numbers and social links
# in its header and footer, read once per content version (3 queries on the
# first page after a change, not counted here).
QUERY_BUDGETS = {
    # kinds and years for the filters (1), the count (1), the page (1)
    "/en/activities/": 3,
    "/ru/activities/?kind=master-class&year=2016&page=2": 3,
    # the activity (1), its partners (1), its projects (1)
    "/uz/activities/activity-5/": 3,
    # the home page's own five, the nearest deadlines (1) and the latest
    # three activities (1)
    "/en/": 7,
    # the partner (1) with its signed agreements (1), its activities (1), its
    # projects (1)
    "/ru/partners/induk-university/": 4,
    # the project (1), its activities (1), its partner institutions (1)
    "/en/programs/erasmus-plus/uzdoc-2/": 3,
    # the feed's entries (1), without the names
    "/uz/activities/atom.xml": 1,
}
KINDS = itertools.cycle(Activity.Kind.values)


def add_activities(count):
    now = timezone.now()
    first_day = datetime.date(2016, 1, 1)
    Activity.objects.bulk_create(
        [
            Activity(
                kind=next(KINDS),
                title_uz=f"Tadbir {number}",
                title_en=f"Activity {number}",
                slug=f"activity-{number}",
                summary_uz="Qisqacha.",
                starts_on=first_day + datetime.timedelta(days=number % 3650),
                published_at=now - datetime.timedelta(minutes=number),
            )
            for number in range(count)
        ],
        batch_size=1000,
    )
    partner = Partner.objects.get(slug="induk-university")
    project = Project.objects.get(slug="uzdoc-2")
    activity_ids = Activity.objects.values_list("pk", flat=True)
    Activity.partners.through.objects.bulk_create(
        [Activity.partners.through(activity_id=pk, partner_id=partner.pk) for pk in activity_ids],
        batch_size=1000,
    )
    Activity.projects.through.objects.bulk_create(
        [Activity.projects.through(activity_id=pk, project_id=project.pk) for pk in activity_ids],
        batch_size=1000,
    )


@pytest.fixture(scope="module", params=[10, 1_000])
def activity_count(request):
    return request.param


@pytest.mark.parametrize(("path", "budget"), QUERY_BUDGETS.items())
def test_pages_with_activities_run_a_fixed_number_of_queries(
    client, seeded, django_assert_max_num_queries, activity_count, path, budget
):
    add_activities(activity_count)
    client.get(path)  # the department for the header and footer, read once

    with django_assert_max_num_queries(budget):
        response = client.get(path)

    # Ten activities make one page of master classes: its page 2 is a 404.
    past_the_end = activity_count == 10 and "page=2" in path
    assert response.status_code == (404 if past_the_end else 200)
