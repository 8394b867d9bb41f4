"""The translation status page and its two actions, inside the admin."""

from django.contrib import admin
from django.urls import path

from translations import views

urlpatterns = [
    path("", admin.site.admin_view(views.translation_status), name="translation-status"),
    path(
        "same-in-all-languages/",
        admin.site.admin_view(views.mark_same_in_all_languages),
        name="translation-same",
    ),
    path("confirm/", admin.site.admin_view(views.confirm_translation), name="translation-confirm"),
]
