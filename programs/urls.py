from django.urls import path

from programs import views

app_name = "programs"
urlpatterns = [
    path("", views.program_list, name="list"),
    path("<slug:program_slug>/<slug:slug>/", views.project_detail, name="project-detail"),
]
