"""Pieces the apps' admin classes share."""

from django.db import models
from django.utils.html import format_html

# Staff paste addresses such as "www.unesco.org": read them as https.
URL_FIELDS_ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}


def thumbnail(image, size=48):
    """An <img> of an ImageField's file, or a dash when there is none."""
    if not image:
        return "—"
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" class="admin-thumbnail">',
        image.url,
        size,
        size,
    )
