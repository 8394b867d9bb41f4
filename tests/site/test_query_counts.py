"""Public pages run a fixed number of queries, however much content there is."""

import itertools

import pytest
from model_bakery import baker

from partners.models import Partner
from programs.models import Program, Project

COUNTRIES = ["RU", "KZ", "AZ", "KR", "LV", "BY", "TJ", "TR", "DE", "FR"]
# Every page shows the department with its phone numbers and social links
# in its header and footer, read once per content version (3 queries on the
# first page after a change, tests/departments/test_site_identity.py); the
# home page shows that department too. Then the home page reads its office
# hours (1), goals (1), partners (1), programs (1), their projects (1), the
# nearest open deadlines (1) and the latest activities (1); the
# partner list its partners (1) and their signed agreements (1); a
# partner's page those, its activities (1) and its projects (1); a
# project's page itself (1), its activities (1) and its partner
# institutions (1).
QUERY_BUDGETS = {
    "/en/": 7,
    "/ru/partners/": 2,
    "/uz/partners/?country=KZ": 2,
    "/en/programs/": 2,
    "/ru/partners/partner-1/": 4,
    "/en/programs/erasmus-plus/uzdoc-2/": 3,
    "/sitemap.xml": 6,
}


def add_content(partner_count):
    baker.make(
        Partner,
        _quantity=partner_count,
        _bulk_create=True,
        name_uz=baker.seq("Hamkor "),
        country=itertools.cycle(COUNTRIES),
        slug=baker.seq("partner-"),
    )
    for program in baker.make(Program, _quantity=3, slug=baker.seq("program-")):
        baker.make(Project, program=program, _quantity=5, slug=baker.seq("project-"))


@pytest.mark.parametrize("partner_count", [10, 500])
@pytest.mark.parametrize(("path", "budget"), QUERY_BUDGETS.items())
def test_public_page_queries_stay_flat(
    client, seeded, django_assert_max_num_queries, path, budget, partner_count
):
    add_content(partner_count)
    client.get(path)  # the department for the header and footer, read once

    with django_assert_max_num_queries(budget):
        response = client.get(path)

    assert response.status_code == 200
