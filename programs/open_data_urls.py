"""/<lang>/projects.json and projects.csv (core.open_data), at the root of each language."""

from django.urls import path

from programs import views

app_name = "programs-data"
urlpatterns = [
    path("projects.json", views.projects_json, name="json"),
    path("projects.csv", views.projects_csv, name="csv"),
]
