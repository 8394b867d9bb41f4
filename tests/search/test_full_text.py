"""PostgreSQL full-text search: each language's configuration, its GIN
indexes, ranking. Skipped on SQLite; CI runs the suite on PostgreSQL too."""

import pytest
from django.db import connection, transaction
from django.utils import translation
from model_bakery import baker

from partners.models import Partner
from programs.models import Program, Project
from search.matching import FullTextMatching, Matches
from search.query import search_text
from search.sources import search_sources
from tests.search.conftest import make_partner, needs_postgresql

pytestmark = needs_postgresql


def titles(lang, query):
    with translation.override(lang):
        matches = Matches(search_sources(), search_text(query), lang)
        return [str(result.title) for result in matches[0:50]]


def test_russian_search_finds_other_forms_of_a_word(db):
    make_partner("music", name_ru="Консерватория партнёров", name_en="Partners' Conservatory")

    assert titles("ru", "партнёры") == ["Консерватория <mark>партнёров</mark>"]


def test_english_search_finds_other_forms_of_a_word(db):
    make_partner("music", name_en="Academy of Dancing")

    assert titles("en", "dances") == ["Academy of <mark>Dancing</mark>"]


def test_uzbek_is_matched_word_for_word_without_stemming(db):
    make_partner("music", name_uz="Musiqa akademiyasi")

    assert titles("uz", "akademiyasi") == ["Musiqa <mark>akademiyasi</mark>"]
    assert titles("uz", "akademiya") == []


def test_title_matches_rank_above_matches_in_the_text(db):
    program = baker.make(Program, slug="p", name_en="Programme")
    baker.make(Project, program=program, slug="low", title_en="Heritage", description_en="Jazz")
    baker.make(Project, program=program, slug="high", title_en="Jazz school", summary_en="x")

    assert titles("en", "jazz") == ["<mark>Jazz</mark> school", "Heritage"]


def test_websearch_syntax_works_and_broken_syntax_is_harmless(db):
    make_partner("a", name_en="Opera House")
    make_partner("b", name_en="Ballet House")

    assert titles("en", '"opera house"') == ["<mark>Opera</mark> <mark>House</mark>"]
    assert titles("en", "house -ballet") == ["Opera <mark>House</mark>"]
    assert sorted(titles("en", "opera or ballet")) == [
        "<mark>Ballet</mark> House",
        "<mark>Opera</mark> House",
    ]
    for broken in ["&|!():*", "opera:* & !", "((opera", "'opera'''", "\\"]:
        titles("en", broken)


@pytest.mark.parametrize("lang", ["uz", "ru", "en"])
def test_search_uses_each_languages_gin_index(db, lang):
    Partner.objects.bulk_create(
        Partner(name_uz=f"n{i}", name_ru=f"n{i}", name_en=f"n{i}", slug=f"p{i}", country="KR")
        for i in range(50)
    )
    matching = FullTextMatching(search_text("n1"), lang)
    source = next(source for source in search_sources() if source.key == "partners")
    queryset = matching.filter(source, Partner.objects.all())
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = queryset.explain()

    assert f"partner_search_{lang}" in plan


def test_the_stored_document_follows_every_write_even_bulk_updates(db):
    partner = make_partner("quiet", name_en="Quiet Academy")
    Partner.objects.filter(pk=partner.pk).update(name_en="Loud Academy", name_ru="")

    assert titles("en", "loud") == ["<mark>Loud</mark> Academy"]
    assert titles("ru", "loud") == ["<mark>Loud</mark> Academy"]
    assert titles("en", "quiet") == []
