"""Uploaded files nothing uses any more, found and removed on request.

Every content model keeps versions (core.history), and restoring a version
or recovering a deleted object must find its file again. So an image or a
private scan that is replaced, cleared or deleted with its object stays in
storage (an image with its resized variants) for as long as a kept version
names it. The sweep (`manage.py sweep_unused_media`) removes each file that
neither a current row nor any kept version names, once it is older than a
grace period: an upload whose save has not committed yet is named nowhere
so far. It looks only in the folders of file fields that name their uploads
at random (core.images.RandomName), since nothing else writes there.

To forget an image for good (a portrait someone asked to have removed),
delete the versions that name it (django-reversion's `deleterevisions`, or
the object's history), then sweep.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import PurePosixPath

from django.db import models
from django.utils import timezone
from reversion.models import Version

from core.content import content_models
from core.images import RandomName

# A resized variant: "<original stem>-w<width>.<extension>" (core.images).
VARIANT = re.compile(r"^(?P<stem>.+)-w[0-9]+\.(?:webp|jpg|png)$")


@dataclass
class SweepReport:
    removed: list = field(default_factory=list)
    kept_in_use: int = 0
    kept_recent: int = 0


def swept_fields():
    """(model, field) for each file field of the content models that keeps
    its uploads in a folder of its own under random names."""
    return [
        (model, model_field)
        for model in content_models()
        for model_field in model._meta.get_fields()
        if isinstance(model_field, models.FileField)
        and isinstance(model_field.upload_to, RandomName)
    ]


def _names_in_versions(model, field_names):
    versions = Version.objects.get_for_model(model).only("serialized_data", "format")
    for version in versions.iterator():
        if version.format == "json":
            fields = json.loads(version.serialized_data)[0]["fields"]
        else:
            fields = version.field_dict
        for name in field_names:
            if value := fields.get(name):
                yield str(value)


def names_in_use():
    """Every file name a current row or a kept version holds."""
    names = set()
    fields_by_model = {}
    for model, file_field in swept_fields():
        fields_by_model.setdefault(model, []).append(file_field.attname)
    for model, field_names in fields_by_model.items():
        for row in model._base_manager.values_list(*field_names):
            names.update(value for value in row if value)
        names.update(_names_in_versions(model, field_names))
    return names


def _files_under(storage, folder):
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}"
    for directory in directories:
        yield from _files_under(storage, f"{folder}/{directory}")


def _folders_and_storages():
    """Each swept field's folder with its storage (the sweep looks nowhere else)."""
    return {
        (file_field.upload_to.folder, file_field.storage) for _model, file_field in swept_fields()
    }


def sweep(min_age=timedelta(days=1), dry_run=False):
    in_use = names_in_use()
    stems_in_use = {str(PurePosixPath(name).with_suffix("")) for name in in_use}
    cutoff = timezone.now() - min_age
    report = SweepReport()
    for folder, storage in sorted(_folders_and_storages(), key=lambda pair: pair[0]):
        if not storage.exists(folder):
            continue
        for name in sorted(_files_under(storage, folder)):
            path = PurePosixPath(name)
            variant = VARIANT.match(path.name)
            if name in in_use or (
                variant and str(path.with_name(variant["stem"])) in stems_in_use
            ):
                report.kept_in_use += 1
            elif storage.get_modified_time(name) > cutoff:
                report.kept_recent += 1
            else:
                report.removed.append(name)
                if not dry_run:
                    storage.delete(name)
    return report
