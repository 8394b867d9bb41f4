"""Search results follow the lists' rule (a project's page is linked only
when it says more), and a lead image is fetched at the size a phone shows."""

import re

import pytest

from programs.models import Program
from tests.programs.test_project_substance import make_project, save_with_image


@pytest.fixture
def program(db):
    return Program.objects.create(slug="erasmus-plus", name_uz="Erasmus+", name_en="Erasmus+")


@pytest.mark.django_db
def test_search_links_a_bare_project_to_its_programme_on_the_list(client, program):
    make_project(program, slug="bare", title_en="Capacity building")

    page = client.get("/en/search/?q=Capacity").content.decode()

    assert 'href="/en/programs/#erasmus-plus"><mark>Capacity</mark> building</a>' in page
    assert "/en/programs/erasmus-plus/bare/" not in page


@pytest.mark.django_db
def test_search_links_a_project_whose_page_says_more_to_that_page(client, program):
    make_project(program, slug="full", title_en="Capacity building", status="ongoing")

    page = client.get("/en/search/?q=Capacity").content.decode()

    assert 'href="/en/programs/erasmus-plus/full/"><mark>Capacity</mark> building</a>' in page


@pytest.mark.django_db
def test_a_phone_is_told_the_lead_image_fills_its_screen_not_720_pixels(client, program):
    save_with_image(make_project(program, slug="pictured"))

    page = client.get("/en/programs/erasmus-plus/pictured/").content.decode()

    sizes = set(re.findall(r'sizes="([^"]+)"', page))
    assert sizes == {"(max-width: 752px) calc(100vw - 2rem), 720px"}
