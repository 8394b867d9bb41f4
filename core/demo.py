"""Demo content: made-up objects for trying the site and for screenshots.

A content app with demo content has a `demo` module whose
`create_demo_content()` creates and saves clearly fictional objects (their
titles say they are examples) and returns the top-level ones it created;
deleting those deletes everything it made (parts by cascade).

`load_demo_content` runs every app's demo module and records each returned
object as a DemoRecord; the admin marks recorded objects as demo
(core.admin_demo), and `remove_demo_content` deletes them, with what
belongs to them and their image files, and nothing else. An app whose demo
content is loaded is skipped on the next load, so loading twice doubles
nothing and keeps whatever staff changed in it; `replace=True` removes all
demo content first and loads it afresh (dates relative to today move on).
"""

from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO

import reversion
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models, router, transaction
from django.db.models.deletion import Collector, ProtectedError, RestrictedError
from django.db.models.signals import post_save
from django.utils.translation import gettext_noop
from PIL import Image, ImageDraw
from reversion.models import Revision, Version

from core.content import content_app_modules, content_models
from core.content_version import mark_content_changed
from core.fields import CleanImageField
from core.images import clean_upload, delete_with_variants
from core.models import DemoRecord

# The comment of the version each demo object gets, shown (translated) in its history.
LOADED_COMMENT = gettext_noop("Made up as demo content by load_demo_content.")


def example_image(colours):
    """An abstract picture (bands of colour) for a demo lead image, checked
    and re-encoded like an upload."""
    width, height = 1200, 800
    image = Image.new("RGB", (width, height), colours[0])
    draw = ImageDraw.Draw(image)
    band = width // len(colours)
    for index, colour in enumerate(colours):
        draw.rectangle([index * band, height // 3, (index + 1) * band, height], fill=colour)
    buffer = BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return clean_upload(SimpleUploadedFile("example.jpg", buffer.getvalue()))


class DemoContentError(Exception):
    """Demo content that cannot be loaded or removed as asked; nothing changed."""


@dataclass
class LoadReport:
    # {demo module name: [objects it created]}, for modules loaded now.
    loaded: dict = field(default_factory=dict)
    # {demo module name: number of its objects already there}, left as they are.
    already_loaded: dict = field(default_factory=dict)
    # What replace=True removed first, or None.
    removed: "RemovalReport | None" = None


@dataclass
class RemovalReport:
    # {model: how many were deleted}, parts and links included.
    deleted: Counter = field(default_factory=Counter)
    demo_objects: int = 0


def is_demo(model, object_id):
    """True when the `model` object `object_id` is recorded as demo content."""
    return DemoRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id=object_id
    ).exists()


def has_demo_content(model):
    return DemoRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(model)
    ).exists()


def demo_annotation(model):
    """An Exists() that is True on rows of `model` recorded as demo, for
    marking a whole list in the query that reads it."""
    return models.Exists(
        DemoRecord.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id=models.OuterRef("pk"),
        )
    )


def forget_demo_record(sender, instance, **_signal_arguments):
    """post_delete of content: a deleted demo object leaves no record behind."""
    DemoRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
    ).delete()


def _key(obj):
    return (type(obj), obj.pk)


@contextmanager
def _objects_created():
    """The (model, pk) of every object created by save() inside the block."""
    created_objects = set()

    def remember(sender, instance, created=False, **_signal_arguments):
        if created:
            created_objects.add((sender, instance.pk))

    post_save.connect(remember, dispatch_uid="demo-content-created", weak=False)
    try:
        yield created_objects
    finally:
        post_save.disconnect(dispatch_uid="demo-content-created")


def _checked(source, objects, created):
    """The demo module's returned objects, once each; refused unless each is
    an object the module itself created (never seed content or staff's)."""
    checked = {}
    for obj in objects:
        if not isinstance(obj, models.Model) or obj.pk is None:
            raise DemoContentError(f"{source} returned {obj!r}, which is not a saved object.")
        if _key(obj) not in created:
            raise DemoContentError(
                f"{source} returned {type(obj)._meta.label} {obj.pk} ({obj}), which it did "
                "not create with save(): only objects a demo module creates are demo content."
            )
        checked[_key(obj)] = obj
    return list(checked.values())


def _load_module(module):
    with _objects_created() as created:
        objects = module.create_demo_content()
    objects = _checked(module.__name__, objects, created)
    DemoRecord.objects.bulk_create(
        DemoRecord(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            source=module.__name__,
        )
        for obj in objects
    )
    for obj in objects:
        if reversion.is_registered(type(obj)):
            reversion.add_to_revision(obj)
    return objects


def load_demo_content(*, replace=False):
    """Run each content app's demo module not loaded yet, in one transaction;
    return a LoadReport. With `replace`, remove all demo content first."""
    report = LoadReport()
    with transaction.atomic():
        if replace:
            report.removed = remove_demo_content()
        # manage_manually: the version records the demo objects (with their
        # parts), not whatever else a demo module happened to save.
        with reversion.create_revision(manage_manually=True):
            reversion.set_comment(LOADED_COMMENT)
            for module in content_app_modules("demo"):
                present = DemoRecord.objects.filter(source=module.__name__).count()
                if present:
                    report.already_loaded[module.__name__] = present
                else:
                    report.loaded[module.__name__] = _load_module(module)
    if report.loaded:
        # A demo module may bulk_create parts, which sends no signal.
        mark_content_changed()
    return report


def _recorded_objects():
    """Every recorded demo object that still exists, and the records."""
    records = list(DemoRecord.objects.select_related("content_type"))
    ids_by_model = defaultdict(list)
    for record in records:
        model = record.content_type.model_class()
        if model is not None:
            ids_by_model[model].append(record.object_id)
    objects = [
        obj
        for model, ids in ids_by_model.items()
        for obj in model._base_manager.filter(pk__in=ids)
    ]
    return objects, records


def _content_with_a_page():
    return {model for model in content_models() if hasattr(model, "get_absolute_url")}


def _collected(objects):
    """A Collector holding `objects` and all their deletion takes along;
    refused when that includes content that is not demo."""
    if not objects:
        return None
    collector = Collector(using=router.db_for_write(type(objects[0])))
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj)
    try:
        for same_model in by_model.values():  # collect() takes one model at a time
            collector.collect(same_model)
    except (ProtectedError, RestrictedError) as error:
        kept = ", ".join(f"{type(obj)._meta.verbose_name} “{obj}”" for obj in error.args[1])
        raise DemoContentError(
            f"Nothing was removed: {kept} refers to demo content and keeps it from being "
            "deleted. Change or delete that first."
        ) from error
    demo = {_key(obj) for obj in objects}
    pages = _content_with_a_page()
    others = [
        instance
        for model, instances in collector.data.items()
        if model in pages
        for instance in instances
        if _key(instance) not in demo
    ]
    if others:
        named = ", ".join(f"{type(obj)._meta.verbose_name} “{obj}”" for obj in others)
        raise DemoContentError(
            f"Nothing was removed: {named} is not demo content but belongs to demo content, "
            "and would be deleted with it. Move it elsewhere or delete it first."
        )
    return collector


def _forget_history(collector):
    """The versions and admin log entries of what is about to be deleted:
    recovering a deleted demo object would bring it back as real content."""
    revision_ids = set()
    for model, instances in collector.data.items():
        content_type = ContentType.objects.get_for_model(model)
        object_ids = [str(instance.pk) for instance in instances]
        versions = Version.objects.filter(content_type=content_type, object_id__in=object_ids)
        revision_ids.update(versions.values_list("revision_id", flat=True))
        versions.delete()
        LogEntry.objects.filter(content_type=content_type, object_id__in=object_ids).delete()
    # Only revisions left empty by it: other objects' versions stay.
    Revision.objects.filter(pk__in=revision_ids, version__isnull=True).delete()


def _image_files(collector):
    """(field, file name) of every image the collected objects hold."""
    return [
        (image_field, getattr(instance, image_field.attname).name)
        for model, instances in collector.data.items()
        for image_field in model._meta.concrete_fields
        if isinstance(image_field, CleanImageField)
        for instance in instances
        if getattr(instance, image_field.attname)
    ]


def _delete_image_files(images):
    for image_field, name in images:
        delete_with_variants(image_field.storage, name, image_field.variant_widths)


def remove_demo_content():
    """Delete every recorded demo object, with its parts, links and image
    files, in one transaction; return a RemovalReport. Nothing else is
    deleted: if a deletion would take content that is not demo along, it
    raises DemoContentError and nothing is removed."""
    report = RemovalReport()
    with transaction.atomic():
        objects, records = _recorded_objects()
        collector = _collected(objects)
        if collector is not None:
            _forget_history(collector)
            images = _image_files(collector)
            _total, counts = collector.delete()
            # Demo images are named by nothing else once their versions are gone.
            transaction.on_commit(lambda: _delete_image_files(images))
            for label, count in counts.items():
                if count and apps.get_model(label) is not DemoRecord:
                    report.deleted[apps.get_model(label)] += count
        report.demo_objects = len(objects)
        # Records of objects deleted without signals (raw SQL) go too.
        DemoRecord.objects.filter(pk__in=[record.pk for record in records]).delete()
    return report
