from core.sitemaps import SectionSitemap, TranslatedSitemap
from departments.models import Department


class HomeSitemap(SectionSitemap):
    url_names = ["departments:home", "departments:accessibility"]


class DepartmentSitemap(TranslatedSitemap):
    """Departments other than the home page's, whose page is the home page."""

    def items(self):
        home = Department.objects.shown_on_home_page()
        return Department.objects.exclude(pk=home.pk if home else None)


SITEMAPS = {
    "home": HomeSitemap,
    "departments": DepartmentSitemap,
}
