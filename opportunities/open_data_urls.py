"""/<lang>/opportunities.json and .csv (core.open_data), at the root of each language."""

from django.urls import path

from opportunities import views

app_name = "opportunities-data"
urlpatterns = [
    path("opportunities.json", views.opportunities_json, name="json"),
    path("opportunities.csv", views.opportunities_csv, name="csv"),
]
