"""A translation whose placeholders do not fit never takes a page down."""

import logging

import polib
import pytest
from django.conf import settings as django_settings


@pytest.fixture
def broken_uzbek(settings, tmp_path):
    """The Uzbek catalogue with one plural entry's placeholder renamed, as a
    translator might save it, compiled and in use."""
    catalogue = polib.pofile(str(django_settings.BASE_DIR / "locale/uz/LC_MESSAGES/django.po"))
    entry = catalogue.find("%(counter)s institution")
    entry.msgstr_plural = {0: "%(count)s ta muassasa"}
    folder = tmp_path / "locale/uz/LC_MESSAGES"
    folder.mkdir(parents=True)
    catalogue.save_as_mofile(str(folder / "django.mo"))
    # LOCALE_PATHS changing makes Django forget the catalogues it loaded.
    settings.LOCALE_PATHS = [tmp_path / "locale"]


@pytest.mark.parametrize("path", ["/uz/", "/uz/partners/"])
def test_page_with_a_broken_plural_shows_the_source_text_and_logs_it(
    client, seeded, broken_uzbek, caplog, path
):
    with caplog.at_level(logging.ERROR, logger="core.translated_text"):
        response = client.get(path)

    assert response.status_code == 200
    assert "2 institutions" in response.content.decode()
    assert "%(count)s ta muassasa" in caplog.text
