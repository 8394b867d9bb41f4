from modeltranslation.translator import TranslationOptions, register

from activities.models import Activity
from translations.pages import PublicPages, public_pages


@register(Activity)
class ActivityTranslationOptions(TranslationOptions):
    # body_html is each language's body, rendered on save; never typed.
    fields = ("title", "place", "summary", "body", "body_html", "image_alt")
    required_languages = ("uz",)


@public_pages(Activity)
class ActivityPages(PublicPages):
    list_pages = ["activities:list"]
    own_page = True

    def is_public(self, activity):
        return activity.is_published
