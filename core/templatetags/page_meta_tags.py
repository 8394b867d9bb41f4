"""What a page says about itself to link previews (Open Graph, Twitter cards).

`{% capture as name %}...{% endcapture %}` renders its content once into a
variable, so the title and description blocks a page fills serve both the
<title>/<meta name="description"> and the preview tags. The rendered
content is already escaped, and stays so.
"""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.images import fallback_extension, variant_name

register = template.Library()

# Open Graph locales (language_TERRITORY) of the site's languages.
OPEN_GRAPH_LOCALES = {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_US"}
DEFAULT_IMAGE = "img/social-preview.png"
DEFAULT_IMAGE_SIZE = (1200, 630)


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Output of a template render is escaped where it needed to be.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}...{% endcapture %}: the content, rendered, in `name`."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """`path` as an absolute URL on the host the page was asked on."""
    request = context.get("request")
    if request is None or not path:
        return path or ""
    return request.build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def preview_image_url(context, field_file):
    """The absolute URL of an uploaded image's largest resized copy in JPEG
    or PNG (what link previews read everywhere; never the original)."""
    if not field_file:
        return ""
    widest = max(field_file.field.variant_widths)
    name = variant_name(field_file.name, widest, fallback_extension(field_file.name))
    return absolute_url(context, field_file.storage.url(name))


@register.simple_tag(takes_context=True)
def page_url(context):
    """This page's address without its query string: the one to share."""
    request = context.get("request")
    return request.build_absolute_uri(request.path) if request is not None else ""


@register.simple_tag
def default_preview_image():
    return static(DEFAULT_IMAGE)


@register.simple_tag
def default_preview_image_size():
    return DEFAULT_IMAGE_SIZE


@register.simple_tag
def open_graph_locale():
    return OPEN_GRAPH_LOCALES.get(get_language(), "en_US")


@register.simple_tag
def open_graph_alternate_locales():
    current = get_language()
    return [
        OPEN_GRAPH_LOCALES[code]
        for code, _name in settings.LANGUAGES
        if code != current and code in OPEN_GRAPH_LOCALES
    ]
