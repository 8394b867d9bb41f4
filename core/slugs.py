"""Old slugs keep working: each slug a page had answers 301 to its page now.

A model opts in with `@remembers_old_slugs`; its detail view, before
answering 404, asks `renamed_object` for an object that once had the slug.
The history is generic (content type, old slug, object id), so core names
no content app.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save

from core.models import OldSlug

_MODELS_REMEMBERING = set()


def record_old_slug(model, object_id, old_slug):
    """`old_slug` of the `model` object `object_id` answers 301 to its page now."""
    # update_or_create: renaming back and forth moves the entry to the top.
    OldSlug.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(model),
        slug=old_slug,
        object_id=object_id,
    )


def _record_replaced_slug(sender, instance, raw=False, **kwargs):
    # Raw saves (fixtures, django-reversion's revert) are left alone: a
    # restore records what it replaces itself (live_slugs, record_replaced_slugs).
    if raw or instance.pk is None:
        return
    stored_slug = sender._default_manager.filter(pk=instance.pk).values_list("slug", flat=True)
    stored_slug = stored_slug.first()
    if stored_slug is None or stored_slug == instance.slug:
        return
    record_old_slug(sender, instance.pk, stored_slug)


def live_slugs(objects):
    """{(model, pk): slug} now stored for those of `objects` (pairs of model
    and pk) whose model remembers old slugs."""
    slugs = {}
    for model, pk in objects:
        if model in _MODELS_REMEMBERING:
            slug = model._default_manager.filter(pk=pk).values_list("slug", flat=True).first()
            if slug is not None:
                slugs[(model, pk)] = slug
    return slugs


def record_replaced_slugs(slugs_before):
    """Record each slug of `slugs_before` (from live_slugs) that is no longer stored."""
    for (model, pk), old_slug in slugs_before.items():
        current = model._default_manager.filter(pk=pk).values_list("slug", flat=True).first()
        if current is not None and current != old_slug:
            record_old_slug(model, pk, old_slug)


def remembers_old_slugs(model):
    """Class decorator: record the slug a save replaces."""
    _MODELS_REMEMBERING.add(model)
    pre_save.connect(
        _record_replaced_slug, sender=model, dispatch_uid=f"old-slugs-{model._meta.label}"
    )
    return model


def ids_that_had_slug(model, slug):
    """Ids of `model` objects that once had `slug`, most recently renamed first."""
    return list(
        OldSlug.objects.filter(
            content_type=ContentType.objects.get_for_model(model), slug=slug
        ).values_list("object_id", flat=True)
    )


def renamed_object(queryset, slug):
    """The object of `queryset` that most recently gave up `slug`, or None."""
    for object_id in ids_that_had_slug(queryset.model, slug):
        found = queryset.filter(pk=object_id).first()
        if found is not None:
            return found
    return None
