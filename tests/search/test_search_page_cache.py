"""Plain searches are served from the page cache; junk ones are answered, never stored."""

import pytest

from iro_site import page_cache
from tests.search.conftest import make_partner


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PROXY_CACHE_SECONDS = 1


@pytest.mark.parametrize("query_string", ["q=opera", "q=seoul+opera", "q=opera&page=2"])
def test_plain_search_is_stored_and_served_without_queries(
    client, db, django_assert_num_queries, query_string
):
    make_partner("opera", name_en="Seoul Opera")
    client.get(f"/en/search/?{query_string}")

    with django_assert_num_queries(0):
        response = client.get(f"/en/search/?{query_string}")

    assert response.status_code == 200


@pytest.mark.parametrize(
    "query_string",
    ["q=%3Cscript%3E", "q=opera%00", "q=a%26b", "q=" + "x" * 80, "q=opera&page=abc", "q=+opera"],
)
def test_other_searches_are_answered_but_not_stored(client, db, query_string):
    response = client.get(f"/en/search/?{query_string}")

    assert response.status_code == 200
    assert not any("/search/" in key for key in page_cache.store._pages)


def test_a_stored_search_shows_new_content_after_a_save(client, db):
    partner = make_partner("opera", name_en="Seoul Opera")
    client.get("/en/search/?q=ballet")

    partner.name_en = "Seoul Ballet"
    partner.save()

    assert 'href="/en/partners/opera/"' in client.get("/en/search/?q=ballet").content.decode()


def test_unused_parameters_do_not_make_a_new_results_page(client, db, django_assert_num_queries):
    client.get("/en/search/?q=opera")

    with django_assert_num_queries(0):
        client.get("/en/search/?q=opera&utm_source=x")
