"""An ImageField whose uploads are cleaned and come with resized variants."""

from django import forms
from django.db import models

from core.images import clean_upload, delete_with_variants, make_variants


class CleanImageFormField(forms.ImageField):
    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        # Our checks come first: they tell the editor what is wrong. Django's
        # own then run on the cleaned copy.
        return super().to_python(clean_upload(upload))


class CleanImageField(models.ImageField):
    """ImageField that re-encodes uploads (see core.images) and writes
    resized WebP and JPEG/PNG variants at `variant_widths` when a new file is
    saved."""

    def __init__(self, *args, variant_widths=(), **kwargs):
        self.variant_widths = tuple(variant_widths)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CleanImageFormField, **kwargs})

    def pre_save(self, model_instance, add):
        field_file = getattr(model_instance, self.attname)
        is_new_file = bool(field_file) and not field_file._committed
        field_file = super().pre_save(model_instance, add)
        if is_new_file and self.variant_widths:
            try:
                make_variants(field_file, self.variant_widths)
            except Exception:
                # Keep all or nothing: the row must not point at a half set.
                delete_with_variants(field_file.storage, field_file.name, self.variant_widths)
                raise
        return field_file
