from django.utils.translation import gettext_lazy as _

from core import content
from core.navigation import Section


class OpportunitiesConfig(content.ContentAppConfig):
    name = "opportunities"
    verbose_name = _("Opportunities")
    navigation = Section(_("Opportunities"), "opportunities:list", position=50)

    def next_scheduled_change(self, now):
        """The next moment an open opportunity's page changes by the clock:
        its deadline (it moves from the list to the archive), or sooner,
        the moment its "closes in ..." line reads differently."""
        from opportunities.models import Opportunity

        return Opportunity.objects.next_change_of_open_pages(now)
