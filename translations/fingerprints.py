"""Keep, per translation, a fingerprint of the source text it was made from.

A translation whose fingerprint no longer matches the current Uzbek text
"may be outdated" until someone writes it again or confirms it.
"""

from translations.fields import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    content_type_of,
    source_hash,
    translated_fields,
    value,
)
from translations.models import SameInAllLanguages, TranslationFingerprint


def remember_previous_values(sender, instance, **kwargs):
    """pre_save: note the stored values, to tell what this save changes."""
    previous = sender._default_manager.filter(pk=instance.pk).first() if instance.pk else None
    instance._translations_before_save = previous


def update_fingerprints(sender, instance, **kwargs):
    """post_save: a translation written now was made from today's source."""
    previous = getattr(instance, "_translations_before_save", None)
    content_type = content_type_of(sender)
    for field in translated_fields(sender):
        source = value(instance, field, SOURCE_LANGUAGE)
        for language in TARGET_LANGUAGES:
            current = value(instance, field, language)
            before = value(previous, field, language) if previous is not None else None
            if not current:
                if not before:
                    continue  # nothing was there, so no fingerprint to drop
                TranslationFingerprint.objects.filter(
                    content_type=content_type,
                    object_id=instance.pk,
                    field=field,
                    language=language,
                ).delete()
            elif (previous is None or before != current) and source:
                confirm(content_type, instance.pk, field, language, source)


def forget_translations(sender, instance, **kwargs):
    """post_delete: drop the object's bookkeeping.

    SQLite hands a deleted row's id to the next new row, which would
    otherwise inherit "same in every language" marks and fingerprints.
    """
    rows = {"content_type": content_type_of(sender), "object_id": instance.pk}
    TranslationFingerprint.objects.filter(**rows).delete()
    SameInAllLanguages.objects.filter(**rows).delete()


def confirm(content_type, object_id, field, language, source):
    """Record that the translation matches `source` (written or checked now)."""
    TranslationFingerprint.objects.update_or_create(
        content_type=content_type,
        object_id=object_id,
        field=field,
        language=language,
        defaults={"source_hash": source_hash(source)},
    )


def fingerprint_everything(objects):
    """For content created without signals (the seed's bulk_create)."""
    for obj in objects:
        update_fingerprints(type(obj), obj)
