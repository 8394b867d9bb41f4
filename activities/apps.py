from django.utils.translation import gettext_lazy as _

from core import content
from core.navigation import Section


class ActivitiesConfig(content.ContentAppConfig):
    name = "activities"
    verbose_name = _("Activities")
    navigation = Section(_("Activities"), "activities:list", position=40)

    def next_scheduled_change(self, now):
        """The next publication time: the moment a scheduled activity appears
        on the list, the home page, its partners' and projects' pages and the feed."""
        from activities.models import Activity

        return Activity.objects.next_publication(now)
