from modeltranslation.translator import TranslationOptions, register

from partners.models import Partner


@register(Partner)
class PartnerTranslationOptions(TranslationOptions):
    fields = ("name", "city")
    required_languages = ("uz",)
