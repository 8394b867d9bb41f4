"""The partners page: grouped by country, counted, filtered; a page per partner."""

import re

import pytest
from model_bakery import baker

from partners.countries import country_name
from partners.models import Partner


def test_partners_page_groups_all_sixteen_institutions_by_country(client, seeded):
    page = client.get("/en/partners/").content.decode()

    assert "16 partner institutions in 7 countries" in page
    assert page.count('class="partner-card"') == 16
    russia = page[page.index('id="country-RU"') : page.index('id="country-KZ"')]
    assert "7 institutions" in russia
    assert "Moscow State Institute of Culture" in russia


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", "Казахский национальный университет искусств"),
        ("uz", "Qozogʻiston milliy sanʼat universiteti"),
    ],
)
def test_partners_page_shows_institution_names_in_the_page_language(
    client, seeded, lang, expected
):
    assert expected in client.get(f"/{lang}/partners/").content.decode()


def test_partners_page_shows_each_city_untranslated_ones_in_their_language(client, db):
    baker.make(Partner, name_en="Seoul Arts", slug="seoul", country="KR", city_en="Seoul")
    baker.make(Partner, name_en="Ghent Arts", slug="ghent", country="BE", city_en="Ghent",
               city_ru="Гент")  # fmt: skip
    baker.make(Partner, name_en="No City Arts", slug="no-city", country="BE", city_en="")

    page = client.get("/ru/partners/").content.decode()

    assert '<span class="partner-card__city">Гент</span>' in page
    assert '<span class="partner-card__city"><span lang="en">Seoul</span></span>' in page
    assert page.count('class="partner-card__city"') == 2


def test_country_filter_shows_only_that_country(client, seeded):
    page = client.get("/en/partners/?country=kz").content.decode()

    assert page.count('class="partner-card"') == 3
    assert "Kazakh National University of Arts" in page
    assert "Moscow State Institute of Culture" not in page
    assert '<a href="?country=KZ" aria-current="page">Kazakhstan</a>' in page


def test_unknown_country_code_is_a_friendly_empty_state(client, seeded):
    response = client.get("/en/partners/?country=XX")
    page = response.content.decode()

    assert response.status_code == 200
    assert "There is no country with the code “XX”." in page
    assert "Show partner institutions in all countries" in page


def test_known_country_without_partners_says_so(client, seeded):
    page = client.get("/ru/partners/?country=JP").content.decode()

    assert "Япония" in page
    assert 'class="partner-card"' not in page


def test_inactive_partners_are_not_counted_or_listed(client, seeded):
    Partner.objects.filter(country="LV").update(is_active=False)

    page = client.get("/en/partners/").content.decode()

    assert "15 partner institutions in 6 countries" in page
    assert "Rēzekne" not in page


def test_partner_count_uses_singular_for_one(client, db):
    baker.make(Partner, name_uz="Induk universiteti", name_en="Induk University", country="KR")

    page = client.get("/en/partners/").content.decode()

    assert "1 partner institution in 1 country" in page


@pytest.mark.parametrize(
    ("path", "russia", "kazakhstan"),
    [
        ("/ru/partners/", "7 вузов", "3 вуза"),
        ("/ru/", "7 вузов", "3 вуза"),
        ("/uz/partners/", "7 ta muassasa", "3 ta muassasa"),
    ],
)
def test_each_countrys_count_is_declined_in_the_page_language(
    client, seeded, path, russia, kazakhstan
):
    page = client.get(path).content.decode()

    assert f'<span class="count">{russia}</span>' in page
    assert f'<span class="count">{kazakhstan}</span>' in page


def test_partner_detail_shows_country_city_and_website(client, seeded):
    Partner.objects.filter(slug="induk-university").update(website="https://www.induk.ac.kr/")

    page = client.get("/ru/partners/induk-university/").content.decode()

    assert "<h1>Университет Индок</h1>" in page
    assert "Республика Корея" in page
    assert "Сеул" in page
    assert 'href="https://www.induk.ac.kr/"' in page


def test_staff_order_of_partners_orders_the_countries(client, seeded):
    Partner.objects.filter(country="TJ").update(position=0)
    Partner.objects.exclude(country="TJ").update(position=10)

    page = client.get("/en/partners/").content.decode()

    assert page.index('id="country-TJ"') < page.index('id="country-RU"')


@pytest.mark.parametrize(
    ("code", "name"), [("US", "Amerika Qoʻshma Shtatlari"), ("CI", "Kot-dʼIvuar")]
)
def test_uzbek_country_names_follow_the_sites_apostrophe_convention(code, name):
    assert country_name(code, "uz") == name


def test_uzbek_country_name_shows_on_the_partner_list(client, seeded):
    Partner.objects.filter(slug="induk-university").update(country="US")

    page = client.get("/uz/partners/").content.decode()

    assert "Amerika Qoʻshma Shtatlari" in page
    assert "Qo‘shma" not in page


@pytest.mark.parametrize(
    ("lang", "title", "russia"),
    [
        ("uz", "Mamlakatlar boʻyicha hamkor muassasalar", "Rossiya"),
        ("ru", "Вузы-партнёры по странам", "Россия"),
        ("en", "Partner institutions by country", "Russia"),
    ],
)
def test_partner_list_draws_partners_by_country_with_the_figures_as_text_and_table(
    client, seeded, lang, title, russia
):
    page = client.get(f"/{lang}/partners/").content.decode()
    chart = page.split('<figure class="country-chart">')[1].split("</figure>")[0]

    assert f'<title id="country-chart-title">{title}</title>' in chart
    assert f"{russia} 7," in chart  # the description, most partners first
    assert f'<th scope="row">{russia}</th><td>7</td>' in chart
    bar_widths = re.findall(r'<rect class="country-chart__bar" [^>]*width="([0-9.]+)"', chart)
    assert bar_widths[0] == "340.0"  # the largest country fills the bar; no "340,0"
    assert len(bar_widths) == 7


def test_chart_is_left_out_for_one_country_or_a_filtered_list(client, seeded):
    filtered = client.get("/en/partners/?country=KZ").content.decode()
    Partner.objects.exclude(country="RU").delete()
    one_country = client.get("/en/partners/").content.decode()

    assert "country-chart" not in filtered
    assert "country-chart" not in one_country
