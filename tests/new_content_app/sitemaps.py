from core.sitemaps import TranslatedSitemap
from tests.new_content_app.models import Event


class EventSitemap(TranslatedSitemap):
    def items(self):
        return Event.objects.all()


SITEMAPS = {"events": EventSitemap}
