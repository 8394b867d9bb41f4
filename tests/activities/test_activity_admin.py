"""Staff write activities in the admin: versions, limits, clear states."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from model_bakery import baker
from PIL import Image
from reversion.models import Version

from activities.models import Activity
from partners.models import Partner
from tests.core.admin_forms import form_values
from tests.images import image_bytes

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/activities/activity/add/"


def change_form_values(page):
    """form_values, without the empty value it reads for a multiple select
    with nothing chosen (a browser sends no value at all)."""
    values = form_values(page)
    return {
        name: value
        for name, value in values.items()
        if value != "" or name not in ("partners", "projects")
    }


def activity_form(**fields):
    return {
        "title_uz": "Koreya delegatsiyasi tashrifi",
        "title_ru": "Визит делегации из Кореи",
        "title_en": "A delegation from Korea",
        "slug": "korea-delegation",
        "kind": "delegation-visit",
        "starts_on": "2026-10-14",
        "ends_on": "",
        "summary_uz": "Induk universiteti delegatsiyasi institutga tashrif buyurdi.",
        "summary_en": "A delegation of Induk University visited the institute.",
        "body_en": "They met the rector.\n\n- concerts\n- lectures",
        "published_at_0": "2026-10-15",
        "published_at_1": "10:00:00",
        **fields,
    }


def test_editor_adds_an_activity_with_its_partners_and_a_version_is_kept(client, editor):
    partner = baker.make(Partner, name_en="Induk University", slug="induk", country="KR")
    client.force_login(editor)

    response = client.post(ADD_URL, activity_form(partners=[partner.pk]))

    assert response.status_code == 302
    activity = Activity.objects.get(slug="korea-delegation")
    assert list(activity.partners.all()) == [partner]
    assert (
        activity.body_html_en
        == "<p>They met the rector.</p>\n<ul>\n<li>concerts</li>\n<li>lectures</li>\n</ul>"
    )
    assert Version.objects.get_for_object(activity).count() == 1


def test_a_change_in_the_admin_adds_a_version(client, editor, make_activity):
    activity = make_activity()
    client.force_login(editor)
    url = reverse("admin:activities_activity_change", args=[activity.pk])
    values = change_form_values(client.get(url))
    values["title_ru"] = "Новый заголовок"

    versions_before = Version.objects.get_for_object(activity).count()

    assert client.post(url, values).status_code == 302
    assert Version.objects.get_for_object(activity).count() > versions_before
    assert (
        Version.objects.get_for_object(activity).first().field_dict["title_ru"]
        == "Новый заголовок"
    )


def test_an_activity_cannot_end_before_it_starts(client, editor):
    client.force_login(editor)

    response = client.post(ADD_URL, activity_form(starts_on="2026-10-14", ends_on="2026-10-10"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "An activity cannot end before it starts" in page
    assert not Activity.objects.exists()


def test_the_database_refuses_an_end_before_the_start(make_activity):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_activity(starts_on=datetime.date(2026, 5, 2), ends_on=datetime.date(2026, 5, 1))


def test_an_image_needs_a_description(client, editor):
    client.force_login(editor)

    response = client.post(
        ADD_URL,
        activity_form(image=SimpleUploadedFile("photo.jpg", image_bytes("JPEG", (900, 600)))),
    )

    assert response.status_code == 200
    assert "Describe the image for visitors who cannot see it" in response.content.decode()
    assert not Activity.objects.exists()


def test_a_lead_image_is_shown_in_responsive_sizes_and_webp(client, editor):
    client.force_login(editor)

    response = client.post(
        ADD_URL,
        activity_form(
            image=SimpleUploadedFile("photo.jpg", image_bytes("JPEG", (1800, 1200))),
            image_alt_uz="Delegatsiya rektor bilan",
            image_alt_en="The delegation with the rector",
        ),
    )
    client.logout()
    activity = Activity.objects.get()
    page = client.get("/en/activities/korea-delegation/").content.decode()

    assert response.status_code == 302
    assert (activity.image_width, activity.image_height) == (1800, 1200)
    stem = activity.image.name.rsplit(".", 1)[0]
    for width in (360, 720, 1080, 1440):
        assert activity.image.storage.exists(f"{stem}-w{width}.webp")
        assert f"{stem}-w{width}.webp {width}w" in page
    assert '<source type="image/webp"' in page
    assert 'width="720" height="480" alt="The delegation with the rector"' in page
    with activity.image.storage.open(f"{stem}-w360.jpg") as variant, Image.open(variant) as image:
        assert image.size == (360, 240)


def test_changelist_says_draft_scheduled_or_published(client, editor, make_activity):
    from django.utils import timezone

    make_activity(title_en="Draft one", published_at=None)
    make_activity(
        title_en="Scheduled one", published_at=timezone.now() + datetime.timedelta(days=2)
    )
    make_activity(title_en="Published one")
    client.force_login(editor)

    page = client.get("/en/admin/activities/activity/").content.decode()
    scheduled_only = client.get(
        "/en/admin/activities/activity/?publication=scheduled"
    ).content.decode()

    assert ">draft<" in page
    assert 'class="publication publication--scheduled">scheduled</span>' in page
    assert 'class="publication publication--published">published</span>' in page
    assert "Scheduled one" in scheduled_only
    assert "Draft one" not in scheduled_only
    assert "Published one" not in scheduled_only


def test_changelist_filters_by_kind_and_year_and_searches_titles(client, editor, make_activity):
    make_activity(title_en="Piano class", kind="master-class", starts_on=datetime.date(2025, 3, 1))
    make_activity(
        title_en="Seoul delegation", kind="delegation-visit", starts_on=datetime.date(2026, 3, 1)
    )
    client.force_login(editor)
    changelist = "/en/admin/activities/activity/"

    by_kind = client.get(changelist + "?kind__exact=delegation-visit").content.decode()
    by_year = client.get(changelist + "?year=2025").content.decode()
    by_search = client.get(changelist + "?q=Seoul").content.decode()
    junk_years = [client.get(changelist + f"?year={junk}") for junk in ("abc", "0", "9" * 5000)]

    assert "Seoul delegation" in by_kind and "Piano class" not in by_kind
    assert "Piano class" in by_year and "Seoul delegation" not in by_year
    assert "Seoul delegation" in by_search and "Piano class" not in by_search
    assert [response.status_code for response in junk_years] == [200, 200, 200]


def test_change_form_has_language_tabs_and_partner_autocomplete(client, editor, make_activity):
    activity = make_activity()
    client.force_login(editor)

    page = client.get(
        reverse("admin:activities_activity_change", args=[activity.pk])
    ).content.decode()

    for code in ("uz", "ru", "en"):
        assert f'name="title_{code}"' in page
        assert f'name="body_{code}"' in page
    assert "admin-autocomplete" in page
    assert "body_html" not in page


def test_translator_changes_only_the_text(client, translator, make_activity):
    partner = baker.make(Partner, name_en="Induk University", slug="induk", country="KR")
    other = baker.make(Partner, name_en="Other Academy", slug="other", country="LV")
    activity = make_activity(slug="kept", kind="conference", published_at=None)
    activity.partners.add(partner)
    client.force_login(translator)
    url = reverse("admin:activities_activity_change", args=[activity.pk])
    page = client.get(url)
    values = form_values(page)

    response = client.post(
        url,
        {
            **values,
            "title_ru": "Перевод",
            "slug": "changed",
            "kind": "other",
            "starts_on": "2020-01-01",
            "published_at_0": "2020-01-01",
            "published_at_1": "10:00",
            "partners": [other.pk],
        },
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title_ru == "Перевод"
    assert (activity.slug, activity.kind, activity.published_at) == ("kept", "conference", None)
    assert list(activity.partners.all()) == [partner]
    assert 'name="partners"' not in page.content.decode()


def test_translator_may_neither_add_nor_delete_activities(client, translator, make_activity):
    activity = make_activity()
    client.force_login(translator)

    assert client.get(ADD_URL).status_code == 403
    assert (
        client.get(reverse("admin:activities_activity_delete", args=[activity.pk])).status_code
        == 403
    )
