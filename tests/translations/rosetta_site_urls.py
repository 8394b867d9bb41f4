"""The site's URLs with Rosetta served by translations.rosetta_urls.

The root URLconf still includes rosetta.urls until the lead swaps that line
for `path("rosetta/", include("translations.rosetta_urls"))`; these tests
use this URLconf meanwhile, and can then use the site's own.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from iro_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    *i18n_patterns(path("rosetta/", include("translations.rosetta_urls"))),
    *site_urlpatterns,
]
