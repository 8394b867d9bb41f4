"""The home-screen icon and the link-preview image, made from the emblem.

Until staff upload the institute's emblem, pages use the static ones made
by docs/brand_images.py. Once there is one, both are drawn from it: the
emblem, scaled to fit, on an opaque background (iOS paints transparent
corners black; previews show on light and dark alike).
"""

from io import BytesIO

from PIL import Image, ImageOps

TOUCH_ICON_SIZE = (180, 180)
TOUCH_ICON_EMBLEM_BOX = (148, 148)
PREVIEW_SIZE = (1200, 630)
PREVIEW_EMBLEM_BOX = (440, 440)
# The site's paper and saffron (static/css/site.css).
PAPER = (248, 244, 236)
SAFFRON = (224, 164, 58)
PREVIEW_BAND_HEIGHT = 16


def touch_icon_png(emblem):
    return _png(_emblem_on_paper(emblem, TOUCH_ICON_SIZE, TOUCH_ICON_EMBLEM_BOX))


def preview_png(emblem):
    canvas = _emblem_on_paper(emblem, PREVIEW_SIZE, PREVIEW_EMBLEM_BOX)
    width, height = PREVIEW_SIZE
    canvas.paste(SAFFRON, (0, height - PREVIEW_BAND_HEIGHT, width, height))
    return _png(canvas)


def _emblem_on_paper(emblem, size, box):
    with emblem.open("rb"), Image.open(emblem) as image:
        fitted = ImageOps.contain(image.convert("RGBA"), box, Image.Resampling.LANCZOS)
    canvas = Image.new("RGB", size, PAPER)
    offset = ((size[0] - fitted.width) // 2, (size[1] - fitted.height) // 2)
    canvas.paste(fitted, offset, fitted)
    return canvas


def _png(image):
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
