"""Which model fields are translated, and their value in each language."""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.translated_fields import translated_field_names

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
TARGET_LANGUAGES = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]


def translated_models():
    """(model, field names) for every model registered with modeltranslation."""
    return [
        (model, sorted(translator.get_options_for_model(model).fields))
        for model in sorted(translator.get_registered_models(), key=lambda m: m._meta.label)
        if not model._meta.abstract
    ]


def translated_fields(model):
    return sorted(translated_field_names(model))


def value(obj, field, language):
    return (getattr(obj, build_localized_fieldname(field, language)) or "").strip()


def source_hash(text):
    return hashlib.sha256(text.strip().encode()).hexdigest()[:16]


def content_type_of(model):
    return ContentType.objects.get_for_model(model, for_concrete_model=True)
