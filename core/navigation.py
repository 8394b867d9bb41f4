"""The site's main navigation: a section for each content app that
declares one, so adding an app to the site touches no shared template."""

from dataclasses import dataclass
from functools import cache

from core.content import content_apps


@dataclass(frozen=True)
class Section:
    """A content app's entry in the header: its label, the URL name of its
    main page and its place among the others (lowest first)."""

    label: str
    url_name: str
    position: int

    @property
    def namespace(self):
        return self.url_name.partition(":")[0]


@cache
def sections():
    declared = [config.navigation for config in content_apps() if config.navigation]
    return sorted(declared, key=lambda section: section.position)
