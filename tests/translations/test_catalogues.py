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


def require_gettext(tool):
    """Skip with a reason on a developer's machine; fail in CI, which installs it."""
    if shutil.which(tool):
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"GNU gettext's {tool} is missing: CI must check the catalogues.")
    pytest.skip(f"install GNU gettext (Debian's gettext package) for {tool}")


def message_key(entry):
    # The same text in another context or with another plural is another
    # message to translate.
    return entry.msgctxt, entry.msgid, entry.msgid_plural


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_passes_gnu_gettexts_own_check(po_path):
    require_gettext("msgfmt")
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
    require_gettext("xgettext")
    copy = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(".*", "var", "media", "staticfiles", "__pycache__", "*.mo"),
    )
    result = subprocess.run(
        ["make", "-s", "makemessages", f"MANAGE={sys.executable} manage.py", "INSTALLED="],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr

    for po_path in CATALOGUES:
        ours = {message_key(entry) for entry in polib.pofile(str(po_path))}
        collected = polib.pofile(str(copy / po_path.relative_to(settings.BASE_DIR)))
        missing = [
            message_key(entry)
            for entry in collected
            if not entry.obsolete and message_key(entry) not in ours
        ]
        assert missing == [], f"{po_path.parts[-3]}: run `make makemessages` and translate"
