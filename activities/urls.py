from django.urls import path

from activities import views
from activities.feeds import activity_feed

app_name = "activities"
urlpatterns = [
    path("", views.activity_list, name="list"),
    path("atom.xml", activity_feed, name="feed"),
    path("<slug:slug>/", views.activity_detail, name="detail"),
]
