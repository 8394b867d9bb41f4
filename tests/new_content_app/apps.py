from core import content


class EventsConfig(content.ContentAppConfig):
    name = "tests.new_content_app"
    label = "events"
