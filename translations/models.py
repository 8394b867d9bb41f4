"""Bookkeeping of the translation workflow, per field of any translated model."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationFingerprint(models.Model):
    """What the source (Uzbek) text was when a translation was last written.

    When the source changes afterwards, the translation may be outdated.
    """

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)
    language = models.CharField(max_length=10)
    source_hash = models.CharField(max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["content_type", "object_id", "field", "language"]
        verbose_name = _("translation fingerprint")
        verbose_name_plural = _("translation fingerprints")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_fingerprint_per_translation",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}:{self.field}:{self.language}"


class SameInAllLanguages(models.Model):
    """A field whose value is the same in every language on purpose
    (Erasmus+, a person's name), so it counts as translated."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=100)

    class Meta:
        ordering = ["content_type", "object_id", "field"]
        verbose_name = _("value the same in every language")
        verbose_name_plural = _("values the same in every language")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field"], name="one_same_mark_per_field"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id}:{self.field}"
