"""Versions of content: which models keep them, and what changed between two.

django-reversion stores each save of a content model as a version with all
its columns, so every language's text is in it. A model without a page of
its own that hangs on another content model (a department's head, office
hours and goals) is part of that model's page: its versions are kept in the
parent's, so restoring or recovering the parent brings them back too.
"""

from dataclasses import dataclass

import reversion
from django.db import models, router
from django.db.models.deletion import Collector
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from reversion.models import Version

from core.content import content_models
from core.translated_fields import translated_field_names


def _has_page(model):
    return hasattr(model, "get_absolute_url")


def _part_relations(model):
    """The relations to `model`'s parts: content models without a page whose
    foreign key or one-to-one field points at `model`."""
    models_of_content = content_models()
    return [
        relation
        for relation in model._meta.related_objects
        if (relation.one_to_one or relation.one_to_many)
        and relation.related_model in models_of_content
        and not _has_page(relation.related_model)
    ]


def register_content_models():
    """Keep versions of every content model, each following its parts."""
    for model in content_models():
        if not reversion.is_registered(model):
            follow = [relation.get_accessor_name() for relation in _part_relations(model)]
            reversion.register(model, follow=follow)


def deleted_with(obj):
    """`obj` and every versioned object its deletion cascades to (a
    program's projects): what recovering it should bring back."""
    collector = Collector(using=router.db_for_write(type(obj), instance=obj))
    collector.collect([obj])
    return [
        instance
        for model, instances in collector.data.items()
        if reversion.is_registered(model)
        for instance in instances
    ]


@dataclass
class FieldChange:
    """One field of one object, as it was in one version and in the next."""

    object_label: str
    field: str
    language: str
    before: str
    after: str


def _shown_value(field, value):
    if value in (None, ""):
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else str(value)
    if isinstance(field, models.BooleanField):
        return _("Yes") if value else _("No")
    return str(value)


def _same(old, new):
    # An empty field may be kept as None or "", depending on who saved it.
    if old in (None, "") and new in (None, ""):
        return True
    # A browser sends a textarea's line breaks as CRLF: text saved unchanged
    # from the admin is not a change.
    if isinstance(old, str) and isinstance(new, str):
        return old.replace("\r\n", "\n") == new.replace("\r\n", "\n")
    return old == new


def _field_changes(model, object_label, before, after, hidden=()):
    """What differs between two field dicts of one object (empty: absent),
    leaving out the fields named in `hidden`."""
    translated = translated_field_names(model)
    changes = []
    for field in model._meta.concrete_fields:
        # The untranslated original mirrors the default language's column.
        if field.primary_key or field.name in translated or field.name in hidden:
            continue
        old, new = before.get(field.attname), after.get(field.attname)
        if _same(old, new):
            continue
        # modeltranslation's per-language fields say which language they hold.
        language = getattr(field, "language", "")
        verbose_name = getattr(field, "translated_field", field).verbose_name
        changes.append(
            FieldChange(
                object_label=object_label,
                field=str(verbose_name),
                language=language,
                before=_shown_value(field, old),
                after=_shown_value(field, new),
            )
        )
    return changes


def previous_version(version):
    """The version of the same object saved just before `version`, if any."""
    return (
        Version.objects.get_for_object_reference(
            version.content_type.model_class(), version.object_id
        )
        .filter(pk__lt=version.pk)
        .order_by("-pk")
        .first()
    )


def _versions_by_object(revision):
    if revision is None:
        return {}
    return {
        (version.content_type_id, version.object_id): version
        for version in revision.version_set.select_related("content_type")
    }


def changes_since_previous_version(version, hidden_fields=()):
    """Field-by-field changes from the previous version of the object to
    `version`, its parts included (an added part shows its values, a
    removed one dashes); the object's fields named in `hidden_fields` are
    left out (what the reader may not see)."""
    older = previous_version(version)
    model = version.content_type.model_class()
    changes = _field_changes(
        model, "", older.field_dict if older else {}, version.field_dict, hidden_fields
    )
    before = _versions_by_object(older.revision if older else None)
    after = _versions_by_object(version.revision)
    # A revision may hold other objects too (a reorder saves many): only
    # parts whose link points at this object belong here.
    links = {relation.related_model: relation.field.attname for relation in _part_relations(model)}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        part = new or old
        part_model = part.content_type.model_class()
        link = links.get(part_model)
        if link is None or str(part.field_dict.get(link)) != version.object_id:
            continue
        label = f"{capfirst(part_model._meta.verbose_name)}: {part.object_repr}"
        changes += _field_changes(
            part_model, label, old.field_dict if old else {}, new.field_dict if new else {}
        )
    return changes
