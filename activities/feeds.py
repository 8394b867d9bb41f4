"""The Atom feed of published activities, one per language (/<lang>/activities/atom.xml)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from activities.body import clean_html
from activities.models import Activity
from core.public import public_page

FEED_LENGTH = 20
# The year the feed's entry ids were minted (RFC 4151 tag URIs); never change it.
TAG_YEAR = 2026


class AtomWithContent(Atom1Feed):
    """Atom entries with the body as <content type="html"> beside the summary."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


class ActivityFeed(Feed):
    feed_type = AtomWithContent

    def get_object(self, request):
        # Per request, never on self: one Feed instance serves every thread.
        return request.get_host().split(":")[0]

    def title(self):
        return gettext("Activities of the International Relations Department")

    def subtitle(self):
        return gettext(
            "Delegation visits, master classes, competition results, conferences and "
            "exchanges of the Uzbekistan State Institute of Arts and Culture."
        )

    def link(self):
        return reverse("activities:list")

    def items(self, host):
        activities = list(
            Activity.objects.published().order_by("-published_at", "-id")[:FEED_LENGTH]
        )
        for activity in activities:
            # An entry keeps its id when its slug changes, so readers do not
            # show it twice.
            activity.feed_id = f"tag:{host},{TAG_YEAR}:activity:{activity.pk}"
        return activities

    def item_title(self, activity):
        return activity.title

    def item_description(self, activity):
        return activity.summary

    def item_guid(self, activity):
        return activity.feed_id

    def item_pubdate(self, activity):
        return activity.published_at

    def item_categories(self, activity):
        return [str(activity.get_kind_display())]

    def item_extra_kwargs(self, activity):
        # In another language when this one has no body yet.
        _language, html = activity.body_html_shown()
        return {"content": clean_html(html)}


activity_feed = public_page(ActivityFeed())
