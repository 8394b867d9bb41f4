"""Rosetta's URLs with our checked views (translations.rosetta_views).

The root URLconf includes this module at `rosetta/` in place of rosetta.urls.
"""

from django.urls import include, path, re_path

from translations import rosetta_views

CATALOGUE = r"^files/(?P<po_filter>[\w-]+)/(?P<lang_id>[\w\-_\.@]+)/(?P<idx>\d+)/"

urlpatterns = [
    re_path(
        r"^files/(?P<po_filter>[\w-]+)/$",
        rosetta_views.TranslationFileListView.as_view(),
        name="rosetta-file-list",
    ),
    re_path(CATALOGUE + "$", rosetta_views.TranslationFormView.as_view(), name="rosetta-form"),
    re_path(
        CATALOGUE + "download/$",
        rosetta_views.TranslationFileDownload.as_view(),
        name="rosetta-download-file",
    ),
    # The rest (redirects to the list, machine-translation suggestions, which
    # are off) are Rosetta's own; the patterns above come first and win.
    path("", include("rosetta.urls")),
]
