"""sitemap.xml: every public page in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from departments.models import Department
from partners.models import Partner
from programs.models import Project


class TranslatedSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class SectionSitemap(TranslatedSitemap):
    priority = 0.8

    def items(self):
        return ["departments:home", "partners:list", "programs:list"]

    def location(self, item):
        return reverse(item)


class DepartmentSitemap(TranslatedSitemap):
    def items(self):
        return Department.objects.all()


class PartnerSitemap(TranslatedSitemap):
    def items(self):
        return Partner.objects.active()


class ProjectSitemap(TranslatedSitemap):
    def items(self):
        return Project.objects.for_page()


SITEMAPS = {
    "sections": SectionSitemap,
    "departments": DepartmentSitemap,
    "partners": PartnerSitemap,
    "projects": ProjectSitemap,
}
