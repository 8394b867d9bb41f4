"""Images the tests upload, made in memory."""

from io import BytesIO

from PIL import Image


def image_bytes(image_format="PNG", size=(40, 30), mode=None, **save_options):
    buffer = BytesIO()
    mode = mode or ("RGB" if image_format in {"JPEG", "BMP", "EPS"} else "RGBA")
    colour = 1 if mode == "1" else (200, 30, 30)
    Image.new(mode, size, colour).save(buffer, format=image_format, **save_options)
    return buffer.getvalue()
