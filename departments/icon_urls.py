"""/apple-touch-icon.png and /social-preview.png at the site's root, outside
the language prefixes: browsers and link previews ask there."""

from django.urls import path

from departments import icon_views

urlpatterns = [
    path("apple-touch-icon.png", icon_views.touch_icon, name="touch-icon"),
    # Older iOS asks for this name first.
    path("apple-touch-icon-precomposed.png", icon_views.touch_icon),
    path("social-preview.png", icon_views.social_preview_image, name="social-preview-image"),
]
