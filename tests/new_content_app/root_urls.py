"""The root URLconf with the new app's line added: the one edit to URLs."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from iro_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *site_urlpatterns,
    *i18n_patterns(path("events/", include("tests.new_content_app.urls"))),
]
