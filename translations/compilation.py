"""Turning .po catalogues into the .mo files Django reads, refusing unsafe ones.

The only way our .mo files are written: by `compile_translations` (make
messages, the Dockerfile, CI, the container start) and after a save in the
browser editor (translations.rosetta). A catalogue with an entry that breaks
translations.catalogue_safety is refused whole, the entry named, and its old
.mo is left as it was.
"""

import os
import tempfile
from pathlib import Path

import polib
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from django.conf import settings
from django.utils import translation

from translations.catalogue_safety import unsafe_entries


class CatalogueRefused(Exception):
    """A catalogue that cannot be compiled; the message names the entries."""


def project_catalogues():
    """Every .po file under LOCALE_PATHS."""
    return [
        po_path
        for locale_path in settings.LOCALE_PATHS
        for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))
    ]


def compile_catalogue(po_path):
    """Write `po_path`'s .mo beside it, or raise CatalogueRefused."""
    po_path = Path(po_path)
    try:
        found = unsafe_entries(polib.pofile(str(po_path)))
        with po_path.open("rb") as po_file:
            catalogue = read_po(po_file, abort_invalid=True)
    except (OSError, ValueError, PoFileError) as error:
        raise CatalogueRefused(f"{po_path}: {error}") from error
    if found:
        # For the operator's log and CI, whatever the site's language.
        with translation.override("en"):
            entries = "\n".join(f"  {entry}" for entry in found)
        raise CatalogueRefused(f"{po_path}: not compiled, unsafe entries:\n{entries}")
    # Written aside and renamed: a worker reloading meanwhile reads the old
    # file or the new one, never half of one.
    with tempfile.NamedTemporaryFile("wb", dir=po_path.parent, delete=False) as mo_file:
        write_mo(mo_file, catalogue)
    os.chmod(mo_file.name, 0o644)
    os.replace(mo_file.name, po_path.with_suffix(".mo"))
