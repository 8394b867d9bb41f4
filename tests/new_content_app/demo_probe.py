"""Run in a site with the new app installed; prints what the demo commands did."""

import io
import json

import django

django.setup()

from django.core.management import call_command  # noqa: E402

from core.models import DemoRecord  # noqa: E402
from core.seeding import load_seed  # noqa: E402
from tests.new_content_app.models import Event  # noqa: E402


def run(command):
    output = io.StringIO()
    call_command(command, stdout=output)
    return output.getvalue()


def events():
    return sorted(Event.objects.values_list("slug", flat=True))


call_command("migrate", run_syncdb=True, verbosity=0)
load_seed()
first_load = run("load_demo_content")
after_first_load = events()
records = [(record.source, str(record.content_object)) for record in DemoRecord.objects.all()]
second_load = run("load_demo_content")
after_second_load = events()
removal = run("remove_demo_content")
print(
    json.dumps(
        {
            "first_load": first_load,
            "after_first_load": after_first_load,
            "records": records,
            "second_load": second_load,
            "after_second_load": after_second_load,
            "removal": removal,
            "after_removal": events(),
            "records_after_removal": DemoRecord.objects.count(),
            "second_removal": run("remove_demo_content"),
        }
    )
)
