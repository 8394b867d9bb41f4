"""The activities' demo content: clearly made up, of several kinds, one
scheduled and one draft, gone without a trace when deleted."""

import pytest
from django.utils import timezone

from activities.demo import create_demo_content
from activities.models import Activity, PublicationStatus


@pytest.mark.django_db
def test_demo_activities_are_examples_of_several_kinds(client, seeded):
    created = create_demo_content()

    assert len(created) == Activity.objects.count() >= 4
    assert all(activity.title_en.startswith("Example:") for activity in created)
    assert all(activity.title_uz.startswith("Namuna:") for activity in created)
    assert all(activity.title_ru.startswith("Пример:") for activity in created)
    assert len({activity.kind for activity in created}) >= 4
    statuses = [activity.publication_status for activity in created]
    assert statuses.count(PublicationStatus.DRAFT) == 1
    assert statuses.count(PublicationStatus.SCHEDULED) == 1
    scheduled = next(a for a in created if a.publication_status == PublicationStatus.SCHEDULED)
    assert scheduled.published_at > timezone.now()


@pytest.mark.django_db
def test_demo_activities_show_on_the_site_with_their_image_and_partner(client, seeded):
    create_demo_content()

    page = client.get("/en/activities/example-delegation-visit/").content.decode()
    partner_page = client.get("/en/partners/induk-university/").content.decode()

    assert "Example: a visit from a partner university" in page
    assert 'alt="Example picture: bands of colour"' in page
    assert "Example: a visit from a partner university" in partner_page


@pytest.mark.django_db
def test_demo_activities_need_no_seed(db):
    created = create_demo_content()

    assert all(not activity.partners.exists() for activity in created)


@pytest.mark.django_db
def test_deleting_the_demo_activities_leaves_nothing(seeded):
    created = create_demo_content()
    image = next(activity.image for activity in created if activity.image)

    for activity in created:
        activity.delete()

    assert not Activity.objects.exists()
    assert not Activity.partners.through.objects.exists()
    assert image.storage.exists(image.name)  # kept for versions; swept by sweep_unused_media
