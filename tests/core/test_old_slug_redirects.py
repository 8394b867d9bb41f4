"""A changed slug keeps its old URLs working: 301 to the page now, in every language."""

import pytest
from model_bakery import baker

from departments.models import Department
from partners.models import Partner
from programs.models import Program, Project
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db


def rename(instance, new_slug):
    instance.slug = new_slug
    instance.save()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_old_partner_url_redirects_permanently_to_the_renamed_page(client, lang):
    partner = baker.make(Partner, name_en="Ghent Arts", slug="ghent", country="BE")
    rename(partner, "ghent-school-of-arts")

    response = client.get(f"/{lang}/partners/ghent/")

    assert response.status_code == 301
    assert response["Location"] == f"/{lang}/partners/ghent-school-of-arts/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_old_department_url_redirects_permanently(client, lang):
    baker.make(Department, slug="international-relations", position=0)
    department = baker.make(Department, slug="foreign-languages", position=1)
    rename(department, "languages")

    response = client.get(f"/{lang}/departments/foreign-languages/")

    assert response.status_code == 301
    assert response["Location"] == f"/{lang}/departments/languages/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_old_url_of_the_home_page_department_leads_home_in_one_step(client, lang):
    department = baker.make(Department, slug="foreign-relations")
    rename(department, "international-relations")

    response = client.get(f"/{lang}/departments/foreign-relations/")

    assert response.status_code == 301
    assert response["Location"] == f"/{lang}/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_renamed_project_and_renamed_programme_both_redirect_old_project_urls(client, lang):
    program = baker.make(Program, slug="erasmus")
    project = baker.make(Project, program=program, slug="music-exchange")
    rename(project, "music-mobility")
    rename(program, "erasmus-plus")
    new_url = f"/{lang}/programs/erasmus-plus/music-mobility/"

    for old_url in (
        f"/{lang}/programs/erasmus/music-exchange/",
        f"/{lang}/programs/erasmus/music-mobility/",
        f"/{lang}/programs/erasmus-plus/music-exchange/",
    ):
        response = client.get(old_url)
        assert (response.status_code, response["Location"]) == (301, new_url), old_url


def test_a_slug_renamed_twice_redirects_straight_to_the_current_page(client):
    partner = baker.make(Partner, slug="first", country="BE")
    rename(partner, "second")
    rename(partner, "third")

    response = client.get("/en/partners/first/")

    assert response["Location"] == "/en/partners/third/"


def test_an_old_slug_taken_by_another_partner_shows_that_partner(client):
    renamed = baker.make(Partner, name_en="Old Owner", slug="arts", country="BE")
    rename(renamed, "old-owner-arts")
    baker.make(Partner, name_en="New Owner", slug="arts", country="BE")

    response = client.get("/en/partners/arts/")

    assert response.status_code == 200
    assert "New Owner" in response.content.decode()


def test_a_slug_nobody_ever_had_is_still_not_found(client):
    assert client.get("/en/partners/never-existed/").status_code == 404


def test_old_slug_of_an_inactive_partner_is_not_found_for_visitors(client):
    partner = baker.make(Partner, slug="hidden", country="BE", is_active=False)
    rename(partner, "still-hidden")

    assert client.get("/en/partners/still-hidden/").status_code == 404


def test_sitemap_lists_only_the_current_url(client):
    # A website: the page says more than the partner's card, so it is listed.
    partner = baker.make(Partner, slug="ghent", country="BE", website="https://ghent.example.be/")
    rename(partner, "ghent-school-of-arts")

    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/partners/ghent-school-of-arts/" in sitemap
    assert "/partners/ghent/" not in sitemap
