from django.urls import path

from departments import views

app_name = "departments"
urlpatterns = [
    path("", views.home, name="home"),
    path("departments/<slug:slug>/", views.department_detail, name="detail"),
    path("accessibility/", views.accessibility_statement, name="accessibility"),
]
