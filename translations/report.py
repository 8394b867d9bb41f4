"""One report of translation status, for the admin page and the command."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import override

from translations.catalogues import all_catalogues
from translations.content import (
    MISSING,
    STALE,
    content_units,
    public_pages,
)
from translations.fields import LANGUAGE_CODES


@dataclass
class LanguageStatus:
    language: str
    content_total: int = 0
    stale: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    fallback_pages: dict = field(default_factory=dict)
    catalogue: object = None

    @property
    def content_done(self):
        # Done, the same in every language, or possibly outdated: all filled.
        return self.content_total - len(self.missing)

    @property
    def content_percent(self):
        if not self.content_total:
            return 100.0
        return round(100 * self.content_done / self.content_total, 1)

    @property
    def interface_percent(self):
        return self.catalogue.percent if self.catalogue else 100.0

    def missing_by_model(self):
        groups = defaultdict(list)
        for unit in self.missing:
            groups[unit.model_name].append(unit)
        return dict(groups)

    def as_dict(self):
        return {
            "language": self.language,
            "content": {
                "percent": self.content_percent,
                "filled": self.content_done,
                "total": self.content_total,
                "missing": [
                    {"model": unit.model_label, "id": unit.obj.pk, "field": unit.field}
                    for unit in self.missing
                ],
                "may_be_outdated": [
                    {"model": unit.model_label, "id": unit.obj.pk, "field": unit.field}
                    for unit in self.stale
                ],
                "pages_showing_fallback_text": sorted(self.fallback_pages),
            },
            "interface": {
                "percent": self.interface_percent,
                "translated": self.catalogue.translated if self.catalogue else 0,
                "total": self.catalogue.total if self.catalogue else 0,
                "problems": [
                    {"msgid": problem.msgid, "rule": problem.rule}
                    for problem in (self.catalogue.problems if self.catalogue else [])
                ],
            },
        }


def translation_report():
    statuses = {code: LanguageStatus(code) for code in LANGUAGE_CODES}
    for unit in content_units():
        status = statuses[unit.language]
        status.content_total += 1
        if unit.state == STALE:
            status.stale.append(unit)
        if unit.state == MISSING:
            status.missing.append(unit)
            with override(unit.language):
                pages = public_pages(unit.obj)
            for page in pages:
                status.fallback_pages[page] = status.fallback_pages.get(page, 0) + 1
    for language, catalogue in all_catalogues().items():
        if language in statuses:
            statuses[language].catalogue = catalogue
    return list(statuses.values())
