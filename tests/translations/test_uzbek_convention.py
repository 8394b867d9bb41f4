"""One Uzbek Latin convention on every admin screen, Django's strings included."""

import os
import re

import django
import polib
import pytest
from django.utils import translation

from translations.catalogues import WRONG_UZBEK_APOSTROPHE

DJANGO_CATALOGUES = [
    "conf",
    "contrib/admin",
    "contrib/auth",
    # contenttypes has no Uzbek at all: admin_strings_uz.py translates it.
]


def _django_uzbek_entries(catalogue):
    path = os.path.join(
        os.path.dirname(django.__file__), catalogue, "locale/uz/LC_MESSAGES/django.po"
    )
    return [entry for entry in polib.pofile(path) if entry.translated() and not entry.msgctxt]


@pytest.mark.parametrize("catalogue", DJANGO_CATALOGUES)
def test_django_strings_with_a_wrong_apostrophe_or_straight_quote_are_overridden(catalogue):
    shown_wrong = []
    with translation.override("uz"):
        for entry in _django_uzbek_entries(catalogue):
            if "<" in entry.msgid:  # Django's debug pages, never shown with DEBUG off
                continue
            if entry.msgid_plural:
                shown = translation.ngettext(entry.msgid, entry.msgid_plural, 1)
            else:
                shown = translation.gettext(entry.msgid)
            if WRONG_UZBEK_APOSTROPHE.search(shown) or '"' in shown:
                shown_wrong.append((entry.msgid, shown))

    assert shown_wrong == []


@pytest.mark.parametrize(
    ("msgid", "expected"),
    [
        ("Add %(name)s", "%(name)s qoʻshish"),
        ("Add %s", "%s qoʻshish"),
        ("View %s", "%sni koʻrish"),
        ("Clear", "Tozalash"),
        (
            "The %(name)s “%(obj)s” was deleted successfully.",
            "%(name)s “%(obj)s” muvaffaqiyatli oʻchirildi.",
        ),
    ],
)
def test_django_strings_with_broken_word_order_read_as_uzbek(msgid, expected):
    with translation.override("uz"):
        assert translation.gettext(msgid) == expected


def test_uzbek_placeholders_are_never_glued_to_a_word():
    glued = re.compile(r"\w%\(\w+\)[sd]|%\(\w+\)[sd][^\W\d_]")
    with translation.override("uz"):
        for catalogue in DJANGO_CATALOGUES:
            for entry in _django_uzbek_entries(catalogue):
                if not entry.msgid_plural:
                    assert not glued.search(translation.gettext(entry.msgid)), entry.msgid
