"""Interface strings: how complete and how sound each .po catalogue is."""

import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from translations import catalogue_safety

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Our Uzbek uses ʻ (U+02BB) in oʻ/gʻ and ʼ (U+02BC) for the tutuq belgisi.
WRONG_UZBEK_APOSTROPHE = re.compile(r"\w['‘’`]\w")


FUZZY = "fuzzy"
UNTRANSLATED = "untranslated"
RULES = {
    FUZZY: _("marked fuzzy"),
    UNTRANSLATED: _("not translated"),
    "plurals": _("plural forms incomplete"),
    **catalogue_safety.FAULTS,
    "cyrillic": _("Cyrillic letters in Uzbek Latin text"),
    "apostrophe": _("apostrophe other than ʻ or ʼ in Uzbek"),
}


@dataclass
class Problem:
    msgid: str
    rule: str

    @property
    def description(self):
        return RULES[self.rule]


@dataclass
class CatalogueReport:
    language: str
    path: Path
    total: int = 0
    translated: int = 0
    problems: list = field(default_factory=list)

    @property
    def percent(self):
        """Translated entries without faults, as a share of all entries."""
        faulty = {
            problem.msgid
            for problem in self.problems
            if problem.rule not in (FUZZY, UNTRANSLATED, "plurals")
        }
        sound = self.translated - len(faulty)
        return 100.0 if not self.total else round(100 * sound / self.total, 1)


def catalogue_paths():
    paths = {}
    for locale_path in settings.LOCALE_PATHS:
        for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/django.po")):
            paths[po_path.parts[-3]] = po_path
    return paths


def check_catalogue(language, path):
    catalogue = polib.pofile(str(path))
    report = CatalogueReport(language, path)
    plural_count = _plural_count(catalogue)
    for entry in catalogue:
        if entry.obsolete:
            continue
        report.total += 1
        if "fuzzy" in entry.flags:
            report.problems.append(Problem(entry.msgid, FUZZY))
        elif _has_some_plural_forms_only(entry, plural_count):
            report.problems.append(Problem(entry.msgid, "plurals"))
        elif not entry.translated():
            report.problems.append(Problem(entry.msgid, UNTRANSLATED))
        else:
            report.translated += 1
            report.problems.extend(_entry_problems(entry, language, plural_count))
    return report


def _has_some_plural_forms_only(entry, plural_count):
    if not entry.msgid_plural:
        return False
    forms = [entry.msgstr_plural.get(index, "") for index in range(plural_count)]
    return any(forms) and not all(forms)


def _plural_count(catalogue):
    match = re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else 2


def _entry_problems(entry, language, plural_count):
    problems = []
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(index, "") for index in range(plural_count)]
        translations = [form for form in forms if form]
    else:
        translations = [entry.msgstr]
    problems.extend(
        Problem(entry.msgid, fault)
        for fault in catalogue_safety.translation_faults(
            entry.msgid, entry.msgid_plural, translations
        )
    )
    if language == "uz":
        text = " ".join(translations)
        if CYRILLIC.search(text):
            problems.append(Problem(entry.msgid, "cyrillic"))
        if WRONG_UZBEK_APOSTROPHE.search(text):
            problems.append(Problem(entry.msgid, "apostrophe"))
    return problems


def all_catalogues():
    return {
        language: check_catalogue(language, path) for language, path in catalogue_paths().items()
    }
