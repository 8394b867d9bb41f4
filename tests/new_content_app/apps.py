from core import content
from core.navigation import Section


class EventsConfig(content.ContentAppConfig):
    name = "tests.new_content_app"
    label = "events"
    navigation = Section("Events", "events:list", position=35)
