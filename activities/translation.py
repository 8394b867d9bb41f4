from modeltranslation.translator import TranslationOptions, register

from activities.models import Activity
from translations.pages import PublicPages, public_pages


@register(Activity)
class ActivityTranslationOptions(TranslationOptions):
    fields = ("title", "place", "summary", "body", "image_alt")
    required_languages = ("uz",)


@public_pages(Activity)
class ActivityPages(PublicPages):
    list_pages = ["activities:list"]
    own_page = True

    def is_public(self, activity):
        return activity.is_published
