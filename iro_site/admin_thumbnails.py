"""Small image previews for admin lists and forms."""

from django.utils.html import format_html


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
