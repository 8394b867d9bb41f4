import re

from django.utils.translation import gettext_lazy as _

from core import content
from core.navigation import Section
from core.public import is_page_number


class ActivitiesConfig(content.ContentAppConfig):
    name = "activities"
    verbose_name = _("Activities")
    navigation = Section(_("Activities"), "activities:list", position=40)

    @property
    def query_parameters(self):
        from activities.kinds import Kind

        # The activity list: a kind, a year, a page.
        return {
            "kind": lambda value: value in Kind.values,
            "year": lambda value: re.fullmatch(r"(19|20)[0-9]{2}", value) is not None,
            "page": is_page_number,
        }

    def next_scheduled_change(self, now):
        """The next publication time: the moment a scheduled activity appears
        on the list, the home page, its partners' and projects' pages and the feed."""
        from activities.models import Activity

        return Activity.objects.next_publication(now)
