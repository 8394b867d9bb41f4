"""Interface strings: complete catalogues, compiled and current."""

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_russian_and_uzbek():
    assert {path.parts[-3] for path in CATALOGUES} == {"ru", "uz"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_is_complete(po_path):
    catalogue = polib.pofile(str(po_path))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_compiled_catalogue_is_not_older_than_its_source(po_path):
    mo_path = po_path.with_suffix(".mo")

    assert mo_path.exists(), f"{mo_path} is missing: run `make messages`"
    assert mo_path.stat().st_mtime >= po_path.stat().st_mtime, "run `make messages`"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ru", "Партнёры"), ("uz", "Hamkorlar")],
)
def test_compiled_catalogue_is_used(lang, expected):
    with translation.override(lang):
        assert translation.gettext("Partners") == expected


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_passes_gnu_gettexts_own_check(po_path):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
