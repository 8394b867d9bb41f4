from core.sitemaps import SectionSitemap, TranslatedSitemap
from partners.models import Partner


class PartnerListSitemap(SectionSitemap):
    url_names = ["partners:list"]


class PartnerSitemap(TranslatedSitemap):
    def items(self):
        return Partner.objects.active()


SITEMAPS = {
    "partner-list": PartnerListSitemap,
    "partners": PartnerSitemap,
}
