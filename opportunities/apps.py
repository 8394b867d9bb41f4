from django.utils.translation import gettext_lazy as _

from core import content


class OpportunitiesConfig(content.ContentAppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities")

    def next_scheduled_change(self, now):
        """The next moment an open opportunity's page changes by the clock:
        its deadline (it moves from the list to the archive), or sooner,
        the moment its "closes in ..." line reads differently."""
        from opportunities.models import Opportunity

        return Opportunity.objects.next_change_of_open_pages(now)
