"""Public pages run a fixed number of queries, however much content there is."""

import pytest
from model_bakery import baker

from partners.models import Partner
from programs.models import Programme, Project

COUNTRIES = ["RU", "KZ", "AZ", "KR", "LV", "BY", "TJ", "TR", "DE", "FR"]
PAGES = ["/en/", "/ru/partners/", "/uz/partners/?country=KZ", "/en/programmes/"]
MAX_QUERIES = 8


def add_content(partner_count):
    baker.make(
        Partner,
        _quantity=partner_count,
        name_uz=baker.seq("Hamkor "),
        country=lambda: COUNTRIES[Partner.objects.count() % len(COUNTRIES)],
        slug=baker.seq("partner-"),
    )
    for programme in baker.make(Programme, _quantity=3, slug=baker.seq("programme-")):
        baker.make(Project, programme=programme, _quantity=5, slug=baker.seq("project-"))


@pytest.mark.parametrize("partner_count", [10, 500])
@pytest.mark.parametrize("path", PAGES)
def test_public_page_queries_stay_flat(
    client, seeded, django_assert_max_num_queries, path, partner_count
):
    add_content(partner_count)

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(path)

    assert response.status_code == 200
