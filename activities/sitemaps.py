from activities.models import Activity
from core.sitemaps import SectionSitemap, TranslatedSitemap


class ActivityListSitemap(SectionSitemap):
    url_names = ["activities:list"]


class ActivitySitemap(TranslatedSitemap):
    def items(self):
        # A list: the sitemap's paginator then counts it without a query of its own.
        return list(Activity.objects.published().newest_first().only("slug", "published_at"))

    def lastmod(self, activity):
        return activity.published_at


SITEMAPS = {
    "activity-list": ActivityListSitemap,
    "activities": ActivitySitemap,
}
