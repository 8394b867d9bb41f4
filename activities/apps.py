from datetime import timedelta

from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _

from core import content

RETRY_AFTER_DATABASE_ERROR = timedelta(seconds=30)


class ActivitiesConfig(content.ContentAppConfig):
    name = "activities"
    verbose_name = _("Activities")

    def next_scheduled_change(self, now):
        """The next publication time: the moment a scheduled activity appears
        on the list, the home page, its partners' and projects' pages and the feed."""
        from activities.models import Activity

        try:
            return Activity.objects.next_publication(now)
        except DatabaseError:
            # The database is away (pages still answer from the page cache):
            # ask again soon rather than let a page outlive a publication.
            return now + RETRY_AFTER_DATABASE_ERROR
