"""The root URLconf: each app under its prefix, in every language.

A new content app adds one line to the i18n patterns below; its sitemap and
its staff permissions it brings itself (core.content).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from core.sitemaps import site_sitemap
from departments import icon_views
from iro_site import views

urlpatterns = [
    path("sitemap.xml", site_sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("apple-touch-icon.png", icon_views.touch_icon, name="touch-icon"),
    # Older iOS asks for this name first.
    path("apple-touch-icon-precomposed.png", icon_views.touch_icon),
    path("social-preview.png", icon_views.social_preview_image, name="social-preview-image"),
]

urlpatterns += i18n_patterns(
    path(f"{settings.ADMIN_URL}translation-status/", include("translations.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("rosetta/", include("translations.rosetta_urls")),
    path("", include("departments.urls")),
    path("partners/", include("partners.urls")),
    path("", include("partners.open_data_urls")),
    path("programs/", include("programs.urls")),
    path("", include("programs.open_data_urls")),
    path("search/", include("search.urls")),
    path("", include("opportunities.open_data_urls")),
    path("opportunities/", include("opportunities.urls")),
    path("activities/", include("activities.urls")),
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
