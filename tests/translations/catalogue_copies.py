"""A writable copy of the site's catalogues, compiled, for tests that edit them."""

import hashlib
import shutil
from pathlib import Path

import polib
from django.conf import settings

from translations.compilation import compile_catalogue


def copy_of_the_catalogues(folder):
    """locale/ copied into `folder` and compiled; returns the new locale path."""
    locale = Path(folder) / "locale"
    shutil.copytree(
        Path(settings.BASE_DIR) / "locale", locale, ignore=shutil.ignore_patterns("*.mo")
    )
    for po_path in locale.glob("*/LC_MESSAGES/django.po"):
        compile_catalogue(po_path)
    return locale


def rosetta_field(po_path, msgid, plural_form=None):
    """The name Rosetta's form gives an entry's translation: a hash of the
    entry as it is on disk (rosetta.views.RosettaFileLevelMixin.po_file)."""
    entry = polib.pofile(str(po_path)).find(msgid)
    key = f"{entry.msgid}{entry.msgstr}{entry.msgctxt or ''}".encode()
    name = f"m_{hashlib.md5(key, usedforsecurity=False).hexdigest()}"
    return name if plural_form is None else f"{name}_{plural_form}"
