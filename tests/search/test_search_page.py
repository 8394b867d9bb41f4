"""The search box and its results page, in every language, on any database."""

import pytest
from django.urls import reverse

from partners.models import Partner
from tests.languages import LANGUAGES
from tests.search.conftest import make_partner, make_partners


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", ["", "partners/", "programs/", "search/?q=opera"])
def test_every_page_has_a_labelled_search_box_that_works_without_javascript(
    client, db, lang, page
):
    html = client.get(f"/{lang}/{page}").content.decode()

    form = f'<form class="site-search" role="search" action="/{lang}/search/" method="get">'
    assert form in html
    assert '<label class="site-search__label" for="site-search-query">' in html
    assert 'id="site-search-query" type="search" name="q"' in html


@pytest.mark.parametrize(
    ("lang", "query", "name", "label"),
    [
        ("uz", "Opera", "Seul Opera akademiyasi", "Hamkor muassasa"),
        ("ru", "Опера", "Сеульская Опера", "Вуз-партнёр"),
        ("en", "Opera", "Seoul Opera Academy", "Partner institution"),
    ],
)
def test_search_finds_a_partner_in_the_page_language_with_the_word_marked(
    client, db, lang, query, name, label
):
    make_partner(
        "seoul-opera",
        name_uz="Seul Opera akademiyasi",
        name_ru="Сеульская Опера",
        name_en="Seoul Opera Academy",
    )

    html = client.get(f"/{lang}/search/", {"q": query}).content.decode()

    assert f'<a href="/{lang}/partners/seoul-opera/">' in html
    assert name.replace(query, f"<mark>{query}</mark>") in html
    assert label in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_projects_and_programmes(client, project, lang):
    html = client.get(f"/{lang}/search/", {"q": "Erasmus"}).content.decode()

    assert f'href="/{lang}/programs/#erasmus-plus"' in html
    assert html.count('class="search-result"') == 1


def test_search_finds_words_of_a_projects_summary_and_shows_them(client, project):
    html = client.get("/en/search/", {"q": "folk"}).content.decode()

    assert 'href="/en/programs/erasmus-plus/music-heritage/"' in html
    assert "<mark>folk</mark>" in html
    assert "Fergana valley" in html


def test_inactive_partners_are_not_found(client, db):
    make_partner("hidden", name_en="Hidden Conservatory", is_active=False)

    html = client.get("/en/search/", {"q": "Conservatory"}).content.decode()

    assert "Hidden Conservatory" not in html
    assert "Nothing on the site matches “Conservatory”." in html


def test_text_shown_from_another_language_is_found_in_that_page(client, db):
    # No Russian name: Russian pages show the Uzbek one, and so does the search.
    make_partner("tashkent", name_uz="Toshkent konservatoriyasi", name_ru="", name_en="")

    html = client.get("/ru/search/", {"q": "konservatoriyasi"}).content.decode()

    assert 'href="/ru/partners/tashkent/"' in html


def test_content_is_escaped_and_only_marks_are_markup(client, db):
    make_partner("tricky", name_en='Opera <img src=x onerror="alert(1)"> & Ballet')

    html = client.get("/en/search/", {"q": "ballet"}).content.decode()

    assert "<img src=x" not in html
    assert "Opera &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; <mark>Ballet</mark>" in html


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        '"><svg onload=alert(1)>',
        "opera & ballet | !x :* ()",
        "' OR 1=1 --",
    ],
)
def test_hostile_query_is_answered_and_shown_escaped(client, db, query):
    make_partner("opera", name_en="Opera House")

    response = client.get("/en/search/", {"q": query})
    html = response.content.decode()

    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<svg" not in html
    assert 'value="' in html


@pytest.mark.parametrize(
    "query_string",
    [
        "",
        "q=",
        "q=%20%20%09",
        "q=%00",
        "q=%00opera%00",
        "q=%ff%fe%fd",
        "q=%E0%A4%A",
        "q=&|!():*",
        "q=opera&q=ballet&q=",
        "q=opera&page=abc",
        "q=opera&page=-1",
        "q=opera&page=99999999999999999999",
        "q=opera&page=%00",
        "q[]=opera",
    ],
)
def test_odd_requests_get_a_friendly_page(client, db, query_string):
    make_partner("opera", name_en="Opera House")

    response = client.get(f"/en/search/?{query_string}")

    assert response.status_code == 200
    assert "<h1>Search the site</h1>" in response.content.decode()


def test_empty_search_explains_what_to_do(client, db):
    html = client.get("/en/search/", {"q": "   "}).content.decode()

    assert "Type a name, a country or any word from the site" in html
    assert 'class="search-result"' not in html


def test_search_of_only_punctuation_says_it_has_no_words(client, db):
    html = client.get("/en/search/", {"q": "&|!():*"}).content.decode()

    assert "“&amp;|!():*” has no words to look for." in html


def test_very_long_search_is_cut_and_says_so(client, db):
    make_partner("opera", name_en="Opera House")

    html = client.get("/en/search/", {"q": "opera " + "x" * 5000}).content.decode()

    assert "Your search was longer than 200 characters: only its beginning was searched." in html
    assert f"results for “opera {'x' * 194}”" in html


def test_last_of_repeated_parameters_is_searched(client, db):
    make_partner("opera", name_en="Opera House")

    html = client.get("/en/search/?q=nothing&q=opera").content.decode()

    assert 'href="/en/partners/opera/"' in html


def test_results_come_ten_to_a_page_with_links_between_pages(client, db):
    make_partners(25)

    first = client.get("/en/search/", {"q": "opera"}).content.decode()
    last = client.get("/en/search/", {"q": "opera", "page": "3"}).content.decode()

    assert "25 results for “opera”" in first
    assert first.count('class="search-result"') == 10
    assert "Page 1 of 3" in first
    assert '<a rel="next" href="?q=opera&amp;page=2">' in first
    assert last.count('class="search-result"') == 5
    assert '<ol class="search-results" start="21">' in last
    assert '<a rel="prev" href="?q=opera&amp;page=2">' in last


def test_a_page_past_the_last_shows_the_last(client, db):
    make_partners(12)

    html = client.get("/en/search/", {"q": "opera", "page": "40"}).content.decode()

    assert "Page 2 of 2" in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_results_pages_ask_not_to_be_indexed(client, db, lang):
    response = client.get(f"/{lang}/search/", {"q": "opera"})

    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_other_pages_may_be_indexed(client, db):
    response = client.get("/en/partners/")

    assert "X-Robots-Tag" not in response
    assert 'name="robots"' not in response.content.decode()


def test_robots_txt_disallows_search_in_every_language(client):
    text = client.get("/robots.txt").content.decode()

    for lang in LANGUAGES:
        assert f"Disallow: /{lang}/search/\n" in text


@pytest.mark.parametrize("matches", [10, 300])
def test_results_page_queries_stay_flat_however_many_match(
    client, project, django_assert_max_num_queries, matches
):
    make_partners(matches)
    # The site names (1), counts per source (1), the page's ranking (1) and
    # one query per kind of result on the page (partners only here: 1).
    with django_assert_max_num_queries(4):
        response = client.get("/en/search/", {"q": "opera"})

    assert response.status_code == 200
    assert response.content.decode().count('class="search-result"') == 10


def test_search_url_is_named(db):
    assert reverse("search:results") == "/en/search/"


def test_a_match_in_a_title_ranks_above_one_in_the_text(client, project):
    project.title_en, project.summary_en = "Jazz in the valley", ""
    project.save()
    make_partner("jazz", name_en="Seoul Arts", city_en="Jazz town")
    html = client.get("/en/search/", {"q": "jazz"}).content.decode()

    assert html.index("Jazz</mark> in the valley") < html.index("Seoul Arts")


def test_a_word_on_very_many_pages_lists_the_best_of_the_newest_and_says_so(
    client, db, monkeypatch
):
    monkeypatch.setattr("search.matching.RANKED_PER_SOURCE", 12)
    make_partners(30)

    html = client.get("/en/search/", {"q": "opera"}).content.decode()

    assert "12 results for “opera”" in html
    assert "Many pages match “opera”: these are the best of the newest" in html
    newest, oldest = Partner.objects.order_by("-pk")[0], Partner.objects.order_by("pk")[0]
    assert f'href="/en/partners/{newest.slug}/"' in html
    assert f'href="/en/partners/{oldest.slug}/"' not in html
