"""What visitors read about agreements: on partner pages only the year a
partnership began and the kinds of cooperation in force."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Kind
from iro_site import page_cache
from partners.models import Partner
from tests.agreements.conftest import day
from tests.languages import LANGUAGES


def test_seed_gives_each_partner_one_agreement_in_force_with_no_dates(seeded):
    assert Agreement.objects.count() == 16
    for agreement in Agreement.objects.all():
        assert agreement.status().label == "in force, dates not recorded"
        assert (agreement.signed_on, agreement.valid_from, agreement.valid_until) == (None,) * 3
        assert agreement.title == "" and agreement.number == ""
    assert set(Agreement.objects.values_list("partner", flat=True)) == set(
        Partner.objects.values_list("pk", flat=True)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_say_they_count_partners_with_an_agreement_in_force(client, seeded, language):
    expected = {
        "en": "16 partner institutions in 7 countries have an agreement in force",
        "ru": "16 вузов-партнёров в 7 странах имеют действующее соглашение",
        "uz": "7 ta davlatdagi 16 ta hamkor muassasa bilan amaldagi shartnoma bor",
    }[language]
    for path in (f"/{language}/", f"/{language}/partners/"):
        assert expected in client.get(path).content.decode(), path


def test_a_partner_whose_agreements_expired_is_not_counted(client, seeded):
    induk = Partner.objects.get(slug="induk-university")
    induk.agreements.update(valid_until=day("2020-01-01"))

    page = client.get("/en/partners/").content.decode()

    assert "15 partner institutions in 7 countries have an agreement in force" in page
    assert "Induk University" in page  # still listed: it is still marked active


def test_partner_page_shows_partner_since_and_kinds_in_force(client, seeded):
    induk = Partner.objects.get(slug="induk-university")
    Agreement.objects.create(
        partner=induk, kind=Kind.ACADEMIC_EXCHANGE, is_signed=True, signed_on=day("2019-05-14")
    )
    Agreement.objects.create(
        partner=induk, kind=Kind.JOINT_PROGRAMME, is_signed=True, valid_until=day("2021-01-01")
    )

    page = client.get("/en/partners/induk-university/").content.decode()

    assert "Partner since" in page and ">2019</time>" in page
    assert "Cooperation agreement" in page and "Academic exchange" in page
    assert "Joint programme" not in page  # expired


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_page_in_each_language(client, seeded, language):
    Agreement.objects.filter(partner__slug="induk-university").update(signed_on=day("2018-03-01"))
    page = client.get(f"/{language}/partners/induk-university/").content.decode()
    since = {"en": "Partner since", "ru": "Партнёр с", "uz": "Hamkorlik boshlangan yil"}[language]
    kind = {
        "en": "Cooperation agreement",
        "ru": "Соглашение о сотрудничестве",
        "uz": "Hamkorlik shartnomasi",
    }[language]
    assert since in page and kind in page and "2018" in page


def test_partner_without_dated_agreements_shows_no_year(client, seeded):
    page = client.get("/en/partners/induk-university/").content.decode()
    assert "Partner since" not in page
    assert "Cooperation in force" in page


def test_partners_list_filters_by_kind_of_cooperation_with_plain_links(client, seeded):
    induk = Partner.objects.get(slug="induk-university")
    Agreement.objects.create(partner=induk, kind=Kind.ACADEMIC_EXCHANGE, is_signed=True)

    page = client.get("/en/partners/?kind=academic-exchange").content.decode()

    assert page.count('class="partner-card"') == 1
    assert "Induk University" in page
    assert '<a href="?kind=academic-exchange" aria-current="page">Academic exchange</a>' in page
    assert 'href="?kind=cooperation"' in page


def test_kind_and_country_filters_combine(client, seeded):
    page = client.get("/en/partners/?country=KZ&kind=cooperation").content.decode()
    assert page.count('class="partner-card"') == 3


@pytest.mark.parametrize("junk", ["zzz", "'; drop", "%00", "a" * 500, "cooperation&kind=x"])
def test_junk_kind_is_never_an_error(client, seeded, junk):
    response = client.get("/en/partners/", {"kind": junk})
    assert response.status_code == 200


def test_kind_with_no_partner_says_so(client, seeded):
    page = client.get("/en/partners/?kind=memorandum").content.decode()
    assert "No partner institution has an agreement of this kind in force" in page


@pytest.mark.parametrize(
    ("kind", "stored"),
    [*((kind, True) for kind in Kind.values), ("zzz", False), ("", False), ("Memorandum", False)],
)
def test_page_cache_stores_only_real_kinds(client, seeded, settings, kind, stored):
    settings.PAGE_CACHE_SECONDS = 600

    assert client.get("/en/partners/", {"kind": kind}).status_code == 200
    assert bool(page_cache.store._pages) is stored


def test_partners_list_queries_stay_fixed_with_many_agreements(
    client, seeded, django_assert_max_num_queries
):
    partners = list(Partner.objects.all())
    Agreement.objects.bulk_create(
        Agreement(partner=partners[i % 16], is_signed=True, kind=Kind.values[i % 5])
        for i in range(500)
    )
    # The department for the header and footer (3, once per content
    # version), the partners (1) and their signed agreements (1).
    with django_assert_max_num_queries(5):
        assert client.get("/en/partners/").status_code == 200
    # Its activities are one more (activities.templatetags), its projects one more.
    with django_assert_max_num_queries(4):
        assert client.get(reverse("partners:detail", args=["induk-university"])).status_code == 200


def test_partner_since_counts_signed_agreements_only_expired_ones_too(client, seeded):
    induk = Partner.objects.get(slug="induk-university")
    Agreement.objects.create(partner=induk, kind=Kind.OTHER, valid_from=day("2009-01-01"))
    Agreement.objects.create(
        partner=induk,
        kind=Kind.MEMORANDUM,
        is_signed=True,
        valid_from=day("2012-09-01"),
        valid_until=day("2014-08-31"),
    )

    listed = client.get("/en/partners/").content.decode()
    page = client.get("/en/partners/induk-university/").content.decode()

    assert "Partner since 2012" in listed and "2009" not in listed
    assert ">2012</time>" in page
    assert "Memorandum of understanding" not in page  # expired
    assert "Other agreement" not in page  # a draft
