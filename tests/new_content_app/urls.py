from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path

from tests.new_content_app.models import Event


def event_list(request):
    return HttpResponse(", ".join(Event.objects.values_list("title", flat=True)))


def event_detail(request, slug):
    return HttpResponse(get_object_or_404(Event, slug=slug).title)


app_name = "events"
urlpatterns = [
    path("", event_list, name="list"),
    path("<slug:slug>/", event_detail, name="detail"),
]
