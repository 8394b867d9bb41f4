from modeltranslation.translator import TranslationOptions, register

from partners.models import Partner
from translations.pages import PublicPages, public_pages


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "city", "cooperation")
    required_languages = ("uz",)


@public_pages(Partner)
class PartnerPages(PublicPages):
    list_pages = ["partners:list"]
    own_page = True

    def is_public(self, partner):
        return partner.is_active
