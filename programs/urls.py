from django.urls import path

from programs import views

app_name = "programs"
urlpatterns = [
    path("", views.programme_list, name="list"),
    path("<slug:programme_slug>/<slug:slug>/", views.project_detail, name="project-detail"),
]
