from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from iro_site import views
from iro_site.sitemaps import SITEMAPS
from iro_site.translation_status import views as status_views

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
]

translation_status_urls = [
    path("", admin.site.admin_view(status_views.translation_status), name="translation-status"),
    path(
        "same-in-all-languages/",
        admin.site.admin_view(status_views.mark_same_in_all_languages),
        name="translation-same",
    ),
    path(
        "confirm/",
        admin.site.admin_view(status_views.confirm_translation),
        name="translation-confirm",
    ),
]

urlpatterns += i18n_patterns(
    path(f"{settings.ADMIN_URL}translation-status/", include(translation_status_urls)),
    path(settings.ADMIN_URL, admin.site.urls),
    path("rosetta/", include("rosetta.urls")),
    path("", include("departments.urls")),
    path("partners/", include("partners.urls")),
    path("programmes/", include("programs.urls")),
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
