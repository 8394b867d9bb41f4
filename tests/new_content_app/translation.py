from modeltranslation.translator import TranslationOptions, register

from tests.new_content_app.models import Event
from translations.pages import PublicPages, public_pages


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("uz",)


@public_pages(Event)
class EventPages(PublicPages):
    own_page = True
