"""The agreement's translated text. Visitors never read it: partner pages
show only the type and the year, so no public page is declared."""

from modeltranslation.translator import TranslationOptions, register

from agreements.models import Agreement


@register(Agreement)
class AgreementTranslationOptions(TranslationOptions):
    fields = ("title", "notes")
    # Both may stay empty: an agreement without a title is named by its type.
    required_languages = ()
