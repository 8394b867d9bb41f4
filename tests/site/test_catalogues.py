"""Interface strings: complete catalogues, compiled and current."""

import os
import shutil
import subprocess
import sys
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


def test_catalogues_hold_every_translatable_string_in_the_code(tmp_path):
    """`make makemessages` on a copy of the project adds nothing new.

    A string marked for translation but never collected shows in English
    whatever the language, and the completeness test above cannot see it.
    """
    if not shutil.which("xgettext"):
        if os.environ.get("CI") == "true":
            pytest.fail("GNU gettext's xgettext is missing: CI must check the catalogues.")
        pytest.skip("install GNU gettext (Debian's gettext package) to check the catalogues")
    copy = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(".*", "var", "staticfiles", "__pycache__", "*.mo"),
    )
    subprocess.run(
        ["make", "-s", "makemessages", f"MANAGE={sys.executable} manage.py", "INSTALLED="],
        cwd=copy,
        check=True,
        capture_output=True,
    )

    for po_path in CATALOGUES:
        ours = {entry.msgid for entry in polib.pofile(str(po_path))}
        collected = polib.pofile(str(copy / po_path.relative_to(settings.BASE_DIR)))
        missing = [entry.msgid for entry in collected if entry.msgid not in ours]
        assert missing == [], f"{po_path.parts[-3]}: run `make makemessages` and translate"
