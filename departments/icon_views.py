"""/apple-touch-icon.png and /social-preview.png: made from the emblem
when staff have uploaded one, else the site's static defaults.

Browsers ask for /apple-touch-icon.png at the root whatever a page says,
and link previews need one stable address; both are stored by the page
cache like any page, so an image is drawn once per content change.
"""

import logging

from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from PIL import Image

from core.public import public_page
from departments import site_icons
from departments.context_processors import department_with_contacts

logger = logging.getLogger(__name__)
# Browsers and preview crawlers may keep an image a day; an emblem change
# reaches them by then.
BROWSER_CACHE_SECONDS = 24 * 60 * 60


@public_page
def touch_icon(request):
    return _from_emblem(site_icons.touch_icon_png, "img/apple-touch-icon.png")


@public_page
def social_preview_image(request):
    return _from_emblem(site_icons.preview_png, "img/social-preview.png")


def _from_emblem(draw, default):
    # The department every page's header already keeps per content version.
    department = department_with_contacts()
    if department is None or not department.emblem:
        return redirect(static(default))
    try:
        image = draw(department.emblem)
    except (OSError, Image.DecompressionBombError):
        # A missing or unreadable file must not turn an icon into a 500.
        logger.warning("Emblem %s could not be drawn", department.emblem.name, exc_info=True)
        return redirect(static(default))
    response = HttpResponse(image, content_type="image/png")
    patch_cache_control(response, public=True, max_age=BROWSER_CACHE_SECONDS)
    return response
