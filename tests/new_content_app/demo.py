"""The events app's demo content: one made-up event, marked as an example."""

from tests.new_content_app.models import Event


def create_demo_content():
    return [
        Event.objects.create(
            slug="example-spring-concert",
            title_uz="Namuna: bahorgi konsert",
            title_en="Example: spring concert",
        )
    ]
