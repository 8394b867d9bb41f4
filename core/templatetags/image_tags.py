"""{% picture %}: a stored image as resized WebP with a JPEG/PNG fallback."""

from django import template

from core.images import fallback_extension, variant_name

register = template.Library()


@register.inclusion_tag("core/_picture.html")
def picture(
    field_file, display_width, display_height, alt="", css_class="", lazy=True, sizes=None
):
    """Render `field_file` at `display_width` CSS pixels, with 1x-3x sources.

    The variants were written when the file was saved (CleanImageField), so
    building their URLs touches no storage.
    """
    widths = field_file.field.variant_widths
    storage = field_file.storage

    def srcset(extension):
        return ", ".join(
            f"{storage.url(variant_name(field_file.name, width, extension))} {width}w"
            for width in widths
        )

    fallback = fallback_extension(field_file.name)
    return {
        "webp_srcset": srcset("webp"),
        "fallback_srcset": srcset(fallback),
        "src": storage.url(variant_name(field_file.name, widths[0], fallback)),
        # A picture narrower on phones says so in `sizes`, or phones fetch
        # the variant for its widest display.
        "sizes": sizes or f"{display_width}px",
        "width": display_width,
        "height": display_height,
        "alt": alt,
        "css_class": css_class,
        "lazy": lazy,
    }


# A lead image that fills the text column: the page's width less its
# padding on phones, up to its display width.
COLUMN_SIZES = "(max-width: {viewport}px) calc(100vw - 2rem), {width}px"


@register.inclusion_tag("core/_picture.html")
def lead_picture(page, width, lazy=True, css_class="", fills_column=False):
    """{% picture %} of a core.lead_image.LeadImage's image at `width` CSS
    pixels, its height in the image's own proportions, with its description
    (in the page's language, or the one it falls back to) as alt text.
    `fills_column`: on phones it is as wide as the text, not `width`."""
    return picture(
        page.image,
        width,
        page.image_height_at(width),
        alt=page.image_alt,
        css_class=css_class,
        lazy=lazy,
        sizes=COLUMN_SIZES.format(viewport=width + 32, width=width) if fills_column else None,
    )
