from core.sitemaps import SectionSitemap, TranslatedSitemap
from departments.models import Department


class HomeSitemap(SectionSitemap):
    url_names = ["departments:home", "departments:accessibility"]


class DepartmentSitemap(TranslatedSitemap):
    def items(self):
        return Department.objects.all()


SITEMAPS = {
    "home": HomeSitemap,
    "departments": DepartmentSitemap,
}
