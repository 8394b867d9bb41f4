from core.sitemaps import SectionSitemap, TranslatedSitemap
from partners.models import Partner


class PartnerListSitemap(SectionSitemap):
    url_names = ["partners:list"]


class PartnerSitemap(TranslatedSitemap):
    def items(self):
        # A page that only repeats its card on the list is not listed.
        return Partner.objects.active().whose_page_says_more()


SITEMAPS = {
    "partner-list": PartnerListSitemap,
    "partners": PartnerSitemap,
}
