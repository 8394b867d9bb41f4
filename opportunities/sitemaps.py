from core.sitemaps import SectionSitemap, TranslatedSitemap
from opportunities.models import Opportunity


class OpportunityListSitemap(SectionSitemap):
    url_names = ["opportunities:list", "opportunities:archive"]


class OpportunitySitemap(TranslatedSitemap):
    def items(self):
        return Opportunity.objects.published().order_by("-deadline", "-id")


SITEMAPS = {
    "opportunity-lists": OpportunityListSitemap,
    "opportunities": OpportunitySitemap,
}
