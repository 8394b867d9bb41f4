from django.urls import path

from opportunities import views

app_name = "opportunities"
urlpatterns = [
    path("", views.opportunity_list, name="list"),
    path("archive/", views.opportunity_archive, name="archive"),
    path("deadlines.ics", views.deadline_calendar, name="calendar"),
    path("<slug:slug>/", views.opportunity_detail, name="detail"),
    path("<slug:slug>/deadline.ics", views.opportunity_calendar, name="detail-calendar"),
]
