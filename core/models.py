"""Bookkeeping shared by content apps: seed records, old slugs and demo records."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SeedRecord(models.Model):
    """One piece of seed content that has been loaded once.

    The loader never loads a piece twice, so content that staff edited or
    deleted afterwards stays as they left it.
    """

    key = models.CharField(_("key"), max_length=200, unique=True)
    loaded_at = models.DateTimeField(_("loaded at"), auto_now_add=True)

    class Meta:
        ordering = ["key"]
        verbose_name = _("seed record")
        verbose_name_plural = _("seed records")

    def __str__(self):
        return self.key


class OldSlug(models.Model):
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    slug = models.SlugField(_("old slug"), max_length=120)
    replaced_at = models.DateTimeField(_("replaced at"), auto_now=True)

    class Meta:
        ordering = ["-replaced_at", "-id"]
        verbose_name = _("old slug")
        verbose_name_plural = _("old slugs")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "slug", "object_id"],
                name="old_slug_recorded_once_per_object",
                violation_error_message=_("This object already had this slug."),
            ),
        ]

    def __str__(self):
        return self.slug


class DemoRecord(models.Model):
    """One object that load_demo_content made up (core.demo).

    Only demo objects are recorded, so remove_demo_content deletes them and
    nothing else; the admin marks them. Deleting the object drops its record.
    """

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    content_object = GenericForeignKey("content_type", "object_id")
    # The demo module that made it, e.g. "activities.demo": an app whose
    # demo content is loaded is not loaded twice.
    source = models.CharField(_("demo module"), max_length=200)
    loaded_at = models.DateTimeField(_("loaded at"), auto_now_add=True)

    class Meta:
        ordering = ["loaded_at", "id"]
        verbose_name = _("demo record")
        verbose_name_plural = _("demo records")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                name="demo_record_once_per_object",
                violation_error_message=_("This object is already recorded as demo content."),
            ),
        ]

    def __str__(self):
        return f"{self.content_type.app_label}.{self.content_type.model} {self.object_id}"
