from core.sitemaps import SectionSitemap, TranslatedSitemap
from programs.models import Project


class ProgramListSitemap(SectionSitemap):
    url_names = ["programs:list"]


class ProjectSitemap(TranslatedSitemap):
    def items(self):
        # A page that only repeats the programmes list is not listed.
        return Project.objects.for_page().whose_page_says_more()


SITEMAPS = {
    "program-list": ProgramListSitemap,
    "projects": ProjectSitemap,
}
