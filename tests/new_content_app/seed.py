from tests.new_content_app.models import Event


def load(report):
    existing = Event.objects.filter(slug="open-day")
    if report.first_time("event:open-day", existing):
        Event.objects.create(slug="open-day", title_uz="Ochiq eshiklar kuni")
