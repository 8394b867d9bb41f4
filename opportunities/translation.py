from django.urls import reverse
from django.utils import timezone
from modeltranslation.translator import TranslationOptions, register

from opportunities.models import Opportunity
from translations.pages import PublicPages, public_pages


@register(Opportunity)
class OpportunityTranslationOptions(TranslationOptions):
    fields = ("title", "funder", "description")
    required_languages = ("uz",)


@public_pages(Opportunity)
class OpportunityPages(PublicPages):
    own_page = True
    related = ["program"]

    def is_public(self, opportunity):
        return opportunity.is_published

    def pages(self, opportunity):
        """Its own page, and the list while it is open or the archive after."""
        if not self.is_public(opportunity):
            return []
        if opportunity.is_open(timezone.now()):
            lists = ["departments:home", "opportunities:list"]
        else:
            lists = ["opportunities:archive"]
        return [*(reverse(name) for name in lists), opportunity.get_absolute_url()]
