from django.utils.translation import gettext_lazy as _

from core import content


class ActivitiesConfig(content.ContentAppConfig):
    name = "activities"
    verbose_name = _("Activities")

    def next_scheduled_change(self, now):
        """The next publication time: the moment a scheduled activity appears
        on the list, the home page, its partners' and projects' pages and the feed."""
        from activities.models import Activity

        return Activity.objects.next_publication(now)
