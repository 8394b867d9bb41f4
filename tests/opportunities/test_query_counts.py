"""Opportunity pages run a fixed number of queries, from 10 to 1,000 opportunities."""

from datetime import timedelta

import pytest
from model_bakery import baker

from opportunities.models import Opportunity
from programs.models import Program
from tests.opportunities.conftest import NOW

# Every page reads the department with its phone numbers and social links
# for its header and footer (3).
# Lists count their opportunities (1) and read one page of them with their
# programmes (1); a page reads its opportunity with its programme (1); the
# calendar reads the open ones (1); the home page adds the nearest three (1)
# to its own 10 and the latest activities (1).
QUERY_BUDGETS = {
    "/en/opportunities/": 5,
    "/uz/opportunities/archive/": 5,
    "/en/opportunities/opportunity-5/": 4,
    "/ru/opportunities/deadlines.ics": 1,
    "/en/opportunities/opportunity-5/deadline.ics": 1,
    "/en/": 12,
}


def add_opportunities(count):
    program = Program.objects.get(slug="erasmus-plus")
    # Half open, half closed, each with a programme to join.
    baker.make(
        Opportunity,
        _quantity=count,
        _bulk_create=True,
        slug=baker.seq("opportunity-"),
        title_uz=baker.seq("Imkoniyat "),
        title_en=baker.seq("Opportunity "),
        apply_url="https://example.org/apply",
        deadline=iter(NOW + timedelta(hours=(n - count / 2) * 7) for n in range(count)),
        program=program,
        for_students=True,
        is_published=True,
    )


@pytest.mark.parametrize("count", [10, 1000])
@pytest.mark.parametrize(("path", "budget"), QUERY_BUDGETS.items())
def test_opportunity_page_queries_stay_flat(
    client, seeded, clock, django_assert_max_num_queries, path, budget, count
):
    add_opportunities(count)

    with django_assert_max_num_queries(budget):
        response = client.get(path)

    assert response.status_code == 200
