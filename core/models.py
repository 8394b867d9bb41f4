"""Bookkeeping for the seed loader."""

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
