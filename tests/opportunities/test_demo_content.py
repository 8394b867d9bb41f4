"""The demo content: clearly fictional opportunities, open and closed."""

import pytest
from django.utils import timezone

from opportunities.demo import create_demo_content
from opportunities.models import Opportunity

pytestmark = pytest.mark.django_db


def test_demo_creates_open_and_closed_examples_marked_as_such(seeded):
    created = create_demo_content()
    now = timezone.now()

    assert len(created) == 4
    assert all(opportunity.pk for opportunity in created)
    for opportunity in created:
        assert opportunity.title_en.startswith("Example:")
        assert opportunity.title_ru.startswith("Пример:")
        assert opportunity.title_uz.startswith("Namuna:")
        assert opportunity.apply_url.startswith("https://example.org/")
    open_deadlines = [o.deadline for o in created if o.is_open(now)]
    assert len(open_deadlines) == 3
    assert len(set(open_deadlines)) == 3
    assert Opportunity.objects.closed(now).count() == 1


def test_demo_links_a_call_to_the_erasmus_programme_when_the_seed_has_it(seeded):
    created = create_demo_content()

    assert [o.program.slug for o in created if o.program] == ["erasmus-plus"]


def test_demo_works_without_the_seed_too(db):
    assert all(o.program is None for o in create_demo_content())


def test_deleting_what_the_demo_returned_removes_all_of_it(seeded):
    for opportunity in create_demo_content():
        opportunity.delete()

    assert not Opportunity.objects.exists()


def test_demo_pages_show_on_the_site(client, seeded):
    create_demo_content()

    listed = client.get("/en/opportunities/").content.decode()
    archived = client.get("/en/opportunities/archive/").content.decode()

    assert listed.count('class="opportunity-card"') == 3
    assert "Example: festival travel grant (closed)" in archived
