"""A hand-edited catalogue with markup of its own is never compiled."""

import os
import subprocess
import sys

import polib
import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command

from tests.translations.catalogue_copies import copy_of_the_catalogues
from translations.catalogue_safety import PLACEHOLDERS, translation_faults
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


@pytest.mark.parametrize(
    ("msgid", "msgid_plural", "translation"),
    [
        # A width of a billion characters: one page view would build a gigabyte.
        ("%(counter)s institution", "%(counter)s institutions", "%(counter)999999999s ta"),
        ("The {name} “{obj}” was added successfully.", None, "{name:^999999999} {obj}"),
        # Attribute access reaches into the object's module.
        ("The {name} “{obj}” was added successfully.", None, "{name} {obj.__class__}"),
        ("Added {name} “{object}”.", None, "{name} “{object}” {"),
    ],
    ids=["percent width", "brace width", "brace attribute", "unbalanced brace"],
)
def test_a_placeholder_written_differently_from_the_source_is_refused(
    msgid, msgid_plural, translation
):
    assert translation_faults(msgid, msgid_plural, [translation]) == [PLACEHOLDERS]


def test_a_placeholder_moved_within_the_sentence_is_accepted():
    assert translation_faults("%(count)s of %(total)s", None, ["%(total)s dan %(count)s"]) == []
