import pytest
from django.db import connection
from model_bakery import baker

from partners.models import Partner
from programs.models import Program, Project

needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL only"
)
plain_search_only = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the plain search runs where PostgreSQL does not"
)


def make_partner(slug, **fields):
    return baker.make(Partner, slug=slug, country=fields.pop("country", "KR"), **fields)


def make_partners(count, name="Opera Academy"):
    return baker.make(
        Partner,
        _quantity=count,
        _bulk_create=True,
        name_uz=baker.seq(f"{name} "),
        name_ru=baker.seq(f"{name} "),
        name_en=baker.seq(f"{name} "),
        slug=baker.seq("opera-academy-"),
        country="KR",
    )


@pytest.fixture
def project(db):
    program = baker.make(
        Program, slug="erasmus-plus", name_uz="Erasmus+", name_ru="Erasmus+", name_en="Erasmus+"
    )
    return baker.make(
        Project,
        program=program,
        slug="music-heritage",
        title_uz="Musiqa merosi",
        title_ru="Музыкальное наследие",
        title_en="Music heritage",
        summary_en="Recording the folk songs of the Fergana valley.",
        summary_ru="Запись народных песен Ферганской долины.",
        summary_uz="Fargʻona vodiysi xalq qoʻshiqlarini yozib olish.",
        # A status is more than the programmes list says: results link its page.
        status=Project.Status.ONGOING,
    )
