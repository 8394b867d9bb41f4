"""Each page keeps only the query parameters its own view reads: a parameter
another page reads (?page= of the activity list, ?q= of the search) is junk
here, answered with the page without it and never stored as a page of its own,
so links with made-up values cannot push real pages out of the page cache."""

import pytest

from iro_site import page_cache
from tests.languages import LANGUAGES


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PROXY_CACHE_SECONDS = 1


def stored_pages():
    return set(page_cache.store._pages)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("path", "parameters_of_other_pages"),
    [
        # The activity list's and the search's ?page=, the search's ?q=.
        ("partners/", ["page=2", "page=999999", "q=word", "q=opera&page=3", "p=2"]),
        # The partners list's ?country= and ?kind=, the opportunities' ?p=.
        ("", ["q=word", "country=KZ", "kind=memorandum", "p=2", "page=7", "year=2026"]),
        ("partners/induk-university/", ["country=KZ", "page=2", "q=induk"]),
        ("programs/", ["page=2", "p=3", "country=RU"]),
    ],
)
def test_parameters_another_page_reads_make_no_new_cache_entry(
    client, seeded, django_assert_num_queries, language, path, parameters_of_other_pages
):
    first = client.get(f"/{language}/{path}")
    stored = stored_pages()

    for query in parameters_of_other_pages:
        with django_assert_num_queries(0):
            response = client.get(f"/{language}/{path}?{query}")
        assert response.status_code == 200
        assert response.content == first.content

    assert stored_pages() == stored


def test_many_made_up_page_numbers_leave_real_pages_in_the_store(
    client, seeded, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(page_cache, "store", page_cache.PageStore(max_pages=3))
    for path in ["/en/", "/en/partners/", "/en/programs/"]:
        client.get(path)

    for number in range(2, 50):
        client.get(f"/en/partners/?page={number}")
        client.get(f"/en/?q=word{number}")

    with django_assert_num_queries(0):
        for path in ["/en/", "/en/partners/", "/en/programs/"]:
            client.get(path)


def test_a_page_still_stores_the_parameters_its_own_view_reads(
    client, seeded, django_assert_num_queries
):
    client.get("/en/partners/?country=KR")

    with django_assert_num_queries(0):
        page = client.get("/en/partners/?utm_source=x&country=KR&page=4").content.decode()

    assert "Induk University" in page
    assert len(stored_pages()) == 1


def test_the_same_parameters_in_another_order_are_one_page(
    client, seeded, django_assert_num_queries
):
    client.get("/en/partners/?country=KR&kind=memorandum")

    with django_assert_num_queries(0):
        client.get("/en/partners/?kind=memorandum&country=KR")

    assert len(stored_pages()) == 1


@pytest.mark.parametrize(
    "path", ["/partners/?country=KR", "/en/partners?country=KR", "/en/partners?utm_source=x"]
)
def test_redirects_to_the_page_keep_its_query(client, seeded, path):
    """A path that is no page yet (no language, no final slash) is redirected
    with the query as it came: the page itself then keeps what it reads."""
    response = client.get(path, headers={"accept-language": "en"})

    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/en/partners/?" + path.split("?", 1)[1])


@pytest.mark.parametrize("path", ["/en/partners/" + "x" * 300 + "/", "/en/" + "y" * 300 + "/"])
def test_a_long_path_with_a_query_is_answered_and_stores_nothing(client, seeded, path):
    for _ in range(2):
        response = client.get(f"{path}?country=KR&utm_source=x")

    assert response.status_code == 404
    assert stored_pages() == set()
