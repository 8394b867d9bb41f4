"""/<lang>/partners.json and partners.csv (core.open_data), at the root of each language."""

from django.urls import path

from partners import views

app_name = "partners-data"
urlpatterns = [
    path("partners.json", views.partners_json, name="json"),
    path("partners.csv", views.partners_csv, name="csv"),
]
