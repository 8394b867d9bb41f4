"""How complete the translated content is, per field and language.

A unit is one field of one object in one language. Fields empty in every
language have nothing to translate and do not count. A unit is missing
when its language is empty, stale when it was written from an earlier
source text, and done otherwise (or when the field is marked the same in
every language).
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from translations.fields import (
    LANGUAGE_CODES,
    SOURCE_LANGUAGE,
    content_type_of,
    source_hash,
    translated_models,
    value,
)
from translations.models import SameInAllLanguages, TranslationFingerprint
from translations.pages import pages_of

MISSING, STALE, DONE, SAME = "missing", "stale", "done", "same"


def public_pages(obj):
    """The paths of the public pages that show `obj`'s text, in the active language."""
    return pages_of(type(obj)).pages(obj)


def field_anchor(obj, field, language):
    """Where `field` in `language` is on the admin form that edits `obj`.

    On the object's own form the anchor is the field's name (`name_ru`, the
    input being `id_name_ru`). An object edited inline is named by its
    formset prefix and pk (`goals-12-text_ru`): its input's id holds its
    position in the formset instead (`id_goals-3-text_ru`), which only the
    rendered form knows; static/admin/translation_tabs.js resolves it there.
    """
    edited_on = pages_of(type(obj)).edited_on
    if not edited_on:
        return f"{field}_{language}"
    # Django names an inline formset after the parent's accessor (related_name).
    prefix = type(obj)._meta.get_field(edited_on).remote_field.get_accessor_name()
    return f"{prefix}-{obj.pk}-{field}_{language}"


def admin_url(obj, field, language):
    """The admin form for `obj`, opened on `language`'s tab at `field`."""
    edited_on = pages_of(type(obj)).edited_on
    target = getattr(obj, edited_on) if edited_on else obj
    meta = target._meta
    try:
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[target.pk])
    except NoReverseMatch:
        return ""
    return f"{url}#{field_anchor(obj, field, language)}"


@dataclass
class Unit:
    obj: object
    field: str
    language: str
    state: str
    content_type_id: int

    @property
    def model_label(self):
        return self.obj._meta.label_lower

    @property
    def model_name(self):
        return self.obj._meta.verbose_name_plural

    @property
    def field_label(self):
        return self.obj._meta.get_field(self.field).verbose_name

    def admin_url(self):
        return admin_url(self.obj, self.field, self.language)

    def anchor(self):
        return field_anchor(self.obj, self.field, self.language)


def content_units():
    """Every unit of translated content, in a few queries per model."""
    units = []
    for model, fields in translated_models():
        queryset = model._default_manager.select_related(*pages_of(model).select_related())
        units.extend(_units(model, fields, queryset))
    return units


def units_on_form_of(obj):
    """The units of `obj` and of the objects edited inline on its admin form."""
    units = []
    for model, fields in translated_models():
        edited_on = pages_of(model).edited_on
        if model is type(obj):
            queryset = model._default_manager.filter(pk=obj.pk)
        elif edited_on and model._meta.get_field(edited_on).related_model is type(obj):
            queryset = model._default_manager.filter(**{edited_on: obj})
        else:
            continue
        units.extend(_units(model, fields, queryset))
    return units


def _units(model, fields, queryset):
    content_type = content_type_of(model)
    fingerprints = {
        (row.object_id, row.field, row.language): row.source_hash
        for row in TranslationFingerprint.objects.filter(content_type=content_type)
    }
    same = set(
        SameInAllLanguages.objects.filter(content_type=content_type).values_list(
            "object_id", "field"
        )
    )
    units = []
    for obj in queryset:
        for field in fields:
            values = {code: value(obj, field, code) for code in LANGUAGE_CODES}
            if not any(values.values()):
                continue
            is_same = (obj.pk, field) in same
            source = values[SOURCE_LANGUAGE]
            current = source_hash(source) if source else None
            for code in LANGUAGE_CODES:
                if is_same:
                    state = SAME
                elif not values[code]:
                    state = MISSING
                elif (
                    code != SOURCE_LANGUAGE
                    and current
                    and fingerprints.get((obj.pk, field, code), current) != current
                ):
                    state = STALE
                else:
                    state = DONE
                units.append(Unit(obj, field, code, state, content_type.pk))
    return units
