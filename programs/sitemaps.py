from core.sitemaps import SectionSitemap, TranslatedSitemap
from programs.models import Project


class ProgramListSitemap(SectionSitemap):
    url_names = ["programs:list"]


class ProjectSitemap(TranslatedSitemap):
    def items(self):
        return Project.objects.for_page()


SITEMAPS = {
    "program-list": ProgramListSitemap,
    "projects": ProjectSitemap,
}
