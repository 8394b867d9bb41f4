"""Content apps join the search by declaring a `search` module; search knows no app."""

from search.sources import search_sources
from tests.test_code_layout import CONTENT_APPS, imported_packages


def test_every_declared_source_is_found_in_order():
    assert [source.key for source in search_sources()] == [
        "departments",
        "department-heads",
        "partners",
        "programs",
        "projects",
        "activities",
        "opportunities",
    ]


def test_search_imports_no_content_app():
    assert [
        (str(path), package)
        for path, package in imported_packages("search")
        if package in CONTENT_APPS
    ] == []


def test_every_source_model_declares_its_search_indexes():
    for source in search_sources():
        names = {index.name for index in source.model._meta.indexes}
        assert {name for name in names if "_search_" in name}, source.key
