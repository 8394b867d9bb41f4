"""Pieces of the programmes' and projects' pages."""

from django import template

from core.templatetags.image_tags import picture

register = template.Library()

# Lead images fill the text column (the page's width less its padding on
# phones) up to their display width.
COLUMN_SIZES = "(max-width: {viewport}px) calc(100vw - 2rem), {width}px"


@register.inclusion_tag("core/_picture.html")
def lead_picture(program_or_project, width, lazy=True, css_class=""):
    """{% picture %} of a programme's or project's lead image at `width` CSS
    pixels, its height in the image's own proportions, with its description
    (in the page's language, or the one it falls back to) as alt text."""
    return picture(
        program_or_project.image,
        width,
        program_or_project.image_height_at(width),
        alt=program_or_project.image_alt,
        css_class=css_class,
        lazy=lazy,
        sizes=COLUMN_SIZES.format(viewport=width + 32, width=width),
    )
