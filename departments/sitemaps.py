from django.db.models import Subquery

from core.sitemaps import SectionSitemap, TranslatedSitemap
from departments.models import Department


class HomeSitemap(SectionSitemap):
    url_names = ["departments:home", "departments:accessibility"]


class DepartmentSitemap(TranslatedSitemap):
    """Departments other than the home page's, whose page is the home page."""

    def items(self):
        home = Department.objects.values("pk")[:1]  # shown_on_home_page(), as a subquery
        return Department.objects.exclude(pk=Subquery(home))


SITEMAPS = {
    "home": HomeSitemap,
    "departments": DepartmentSitemap,
}
