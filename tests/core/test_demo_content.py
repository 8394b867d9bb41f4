"""Made-up demo content: loaded by one command, marked as demo wherever staff
see it, and removed by another, leaving everything else as it was."""

import io
import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from core.models import DemoRecord
from departments.models import Department, DepartmentHead, Goal
from partners.models import Partner
from programs.models import Program, Project
from tests.images import image_bytes
from tests.languages import LANGUAGES

DEMO_MARKER = {"uz": "Namuna", "ru": "Демо", "en": "Demo"}
DEMO_NOTICE = {
    "uz": "Bu saytni sinab koʻrish uchun toʻqib chiqarilgan namunaviy kontent",
    "ru": "Это демо-контент, придуманный для знакомства с сайтом",
    "en": "This is demo content, made up for trying the site",
}
LOADED_COMMENT = {
    "uz": "load_demo_content buyrugʻi bilan namunaviy kontent sifatida toʻqib chiqarildi.",
    "ru": "Придуман как демо-контент командой load_demo_content.",
    "en": "Made up as demo content by load_demo_content.",
}


def create_demo_partners_and_programme():
    partner = Partner(
        slug="example-academy",
        country="IT",
        name_uz="Namuna: Sanʼat akademiyasi",
        name_en="Example: Academy of Arts",
        position=900,
    )
    partner.logo = SimpleUploadedFile("logo.png", image_bytes("PNG", (300, 300)))
    partner.save()
    program = Program.objects.create(
        slug="example-programme", name_uz="Namuna: dastur", name_en="Example programme"
    )
    project = Project.objects.create(
        program=program, slug="example-project", title_uz="Namuna: loyiha"
    )
    return [partner, program, project]


def create_demo_department():
    department = Department.objects.create(
        slug="example-department",
        name_uz="Namuna: boʻlim",
        institute_uz="Namuna: institut",
        introduction_uz="Namuna.",
        about_uz="Namuna.",
        position=900,
    )
    head = DepartmentHead(department=department, full_name_uz="Namuna Namunova")
    head.photo = SimpleUploadedFile("head.png", image_bytes("PNG", (300, 300)))
    head.save()
    Goal.objects.create(department=department, text_uz="Namuna maqsad")
    return [department]


DEMO_MODULES = [
    SimpleNamespace(
        __name__="tests.partners_demo", create_demo_content=create_demo_partners_and_programme
    ),
    SimpleNamespace(__name__="tests.departments_demo", create_demo_content=create_demo_department),
]


@pytest.fixture
def demo_modules(monkeypatch):
    """The demo modules the loader finds: these two instead of the apps' own."""
    modules = list(DEMO_MODULES)
    monkeypatch.setattr("core.demo.content_app_modules", lambda name: modules)
    return modules


@pytest.fixture
def development(settings):
    settings.DEBUG = True


def run(command, *arguments):
    output = io.StringIO()
    call_command(command, *arguments, stdout=output)
    return output.getvalue()


@pytest.fixture
def demo_loaded(seeded, demo_modules, development, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run("load_demo_content")


def content_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Partner, Program, Project, Department, DepartmentHead, Goal)
    }


def stored_files(*images):
    """The stored original of each image and its resized variants."""
    names = []
    for image in images:
        folder, _slash, filename = image.name.rpartition("/")
        stem = filename.rsplit(".", 1)[0]
        _directories, files = image.storage.listdir(folder)
        names += [f"{folder}/{name}" for name in files if name.startswith(stem)]
    return names


# Loading ------------------------------------------------------------------


def test_loader_records_every_object_each_demo_module_returns(seeded, demo_modules, development):
    output = run("load_demo_content")

    with translation.override("uz"):
        recorded = {
            (record.source, str(record.content_object)) for record in DemoRecord.objects.all()
        }
    assert recorded == {
        ("tests.partners_demo", "Namuna: Sanʼat akademiyasi"),
        ("tests.partners_demo", "Namuna: dastur"),
        ("tests.partners_demo", "Namuna: loyiha"),
        ("tests.departments_demo", "Namuna: boʻlim"),
    }
    assert "Loaded 3 demo object(s) from tests.partners_demo:" in output
    assert "partner institution “Namuna: Sanʼat akademiyasi”" in output
    assert "Loaded 1 demo object(s) from tests.departments_demo:" in output
    assert "manage.py remove_demo_content" in output


def test_loader_runs_every_content_apps_demo_module_as_a_content_app_declares_it(
    seeded, development
):
    # Of the site's own apps, programs, activities and opportunities have demo modules.
    output = run("load_demo_content")

    assert "Loaded 1 demo object(s) from programs.demo:" in output
    assert "Loaded 5 demo object(s) from activities.demo:" in output
    assert "Loaded 4 demo object(s) from opportunities.demo:" in output
    assert DemoRecord.objects.count() == 10


def test_loading_twice_doubles_nothing_and_keeps_what_staff_changed(demo_loaded):
    counts = content_counts()
    Partner.objects.filter(slug="example-academy").update(name_uz="Oʻzgartirilgan namuna")

    output = run("load_demo_content")

    assert content_counts() == counts
    assert DemoRecord.objects.count() == 4
    assert Partner.objects.get(slug="example-academy").name_uz == "Oʻzgartirilgan namuna"
    assert "tests.partners_demo: 3 demo object(s) were loaded earlier and are left" in output


def test_replace_loads_the_demo_content_afresh(demo_loaded):
    counts = content_counts()
    Partner.objects.filter(slug="example-academy").update(name_uz="Oʻzgartirilgan namuna")

    output = run("load_demo_content", "--replace")

    assert content_counts() == counts
    assert DemoRecord.objects.count() == 4
    assert Partner.objects.get(slug="example-academy").name_uz == "Namuna: Sanʼat akademiyasi"
    assert "Removed the demo content loaded before: 4 object(s)." in output


def test_loader_refuses_with_debug_off_unless_asked_to_load_in_production(
    seeded, demo_modules, settings
):
    settings.DEBUG = False
    counts = content_counts()

    with pytest.raises(CommandError, match="--allow-production"):
        run("load_demo_content")
    assert content_counts() == counts
    assert DemoRecord.objects.count() == 0

    run("load_demo_content", "--allow-production")
    assert DemoRecord.objects.count() == 4


def test_demo_module_returning_content_it_did_not_create_loads_nothing(
    seeded, demo_modules, development
):
    seed_partner = Partner.objects.first()

    def returns_a_seed_partner():
        Program.objects.create(slug="careless-example", name_uz="Namuna")
        return [seed_partner]

    demo_modules.append(
        SimpleNamespace(__name__="tests.careless_demo", create_demo_content=returns_a_seed_partner)
    )
    counts = content_counts()

    with pytest.raises(CommandError, match="which it did not create"):
        run("load_demo_content")

    assert content_counts() == counts
    assert DemoRecord.objects.count() == 0


# Removing -----------------------------------------------------------------


def test_removal_deletes_demo_objects_with_their_parts_and_image_files_and_nothing_else(
    seeded, demo_modules, development, django_capture_on_commit_callbacks
):
    seed_partner = Partner.objects.order_by("pk").first()
    seed_partner.city_en = "Edited by staff"
    seed_partner.save()
    counts = content_counts()
    with django_capture_on_commit_callbacks(execute=True):
        run("load_demo_content")
    logo = Partner.objects.get(slug="example-academy").logo
    photo = DepartmentHead.objects.get(department__slug="example-department").photo
    files = stored_files(logo, photo)
    assert len(files) > 2
    assert all(logo.storage.exists(name) for name in files)

    with django_capture_on_commit_callbacks(execute=True):
        output = run("remove_demo_content")

    assert content_counts() == counts
    assert Partner.objects.get(pk=seed_partner.pk).city_en == "Edited by staff"
    assert [name for name in files if logo.storage.exists(name)] == []
    assert DemoRecord.objects.count() == 0
    assert "Removed 4 demo object(s), with what belonged to them:" in output
    assert "1 × heads of department" in output
    assert "1 × goals" in output
    assert "Everything else (seed content, staff's own) is as it was." in output


def test_removing_twice_removes_nothing_the_second_time(demo_loaded):
    run("remove_demo_content")
    counts = content_counts()

    assert run("remove_demo_content") == "No demo content to remove.\n"
    assert content_counts() == counts


def test_removal_leaves_no_version_to_recover_demo_content_from(demo_loaded):
    partner = Partner.objects.get(slug="example-academy")
    assert Version.objects.get_for_object(partner).count() == 1

    run("remove_demo_content")

    assert not Version.objects.get_deleted(Partner).filter(object_id=str(partner.pk)).exists()
    assert not Version.objects.filter(object_id=str(partner.pk), content_type__model="partner")


def test_removal_refuses_to_take_staff_content_along_and_removes_nothing(demo_loaded):
    program = Program.objects.get(slug="example-programme")
    Project.objects.create(program=program, slug="real-one", title_uz="Haqiqiy loyiha")
    counts = content_counts()

    with pytest.raises(CommandError, match="project “Haqiqiy loyiha” is not demo content"):
        run("remove_demo_content")

    assert content_counts() == counts
    assert DemoRecord.objects.count() == 4


# The admin ----------------------------------------------------------------


def changelist(client, model, language):
    meta = model._meta
    return client.get(f"/{language}/admin/{meta.app_label}/{meta.model_name}/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_change_list_marks_demo_objects_and_only_them(client, demo_loaded, editor, language):
    client.force_login(editor)

    page = changelist(client, Partner, language)

    rows = page.content.decode().split("<tbody>")[1].split("</tbody>")[0].split("<tr")[1:]
    marked = [row for row in rows if 'class="demo-content-marker"' in row]
    demo_partner = Partner.objects.get(slug="example-academy")
    assert len(marked) == 1
    assert f'value="{demo_partner.pk}"' in marked[0]
    assert f">{DEMO_MARKER[language]}</strong>" in marked[0]
    assert len(rows) == Partner.objects.count()


def test_change_list_of_a_model_without_demo_content_has_no_demo_column(
    client, demo_loaded, editor
):
    DemoRecord.objects.filter(content_type__model="partner").delete()
    client.force_login(editor)

    page = changelist(client, Partner, "en").content.decode()

    assert "demo-content-marker" not in page
    assert "column-demo_content_marker" not in page


def test_translators_see_the_marker_too(client, demo_loaded, translator):
    client.force_login(translator)

    page = changelist(client, Program, "uz").content.decode()

    assert ">Namuna</strong>" in page


def test_change_list_marks_demo_without_a_query_per_row(
    client, seeded, demo_modules, development, editor
):
    client.force_login(editor)
    run("load_demo_content")
    changelist(client, Partner, "en")  # caches warmed: content types, sessions

    def queries_for_the_list():
        with CaptureQueriesContext(connection) as queries:
            page = changelist(client, Partner, "en")
        assert page.status_code == 200
        return len(queries)

    few = queries_for_the_list()

    def many_partners():
        partners = [
            Partner.objects.create(slug=f"example-{number}", country="FR", name_uz="Namuna")
            for number in range(20)
        ]
        return partners

    demo_modules[:] = [
        SimpleNamespace(__name__="tests.many_demo", create_demo_content=many_partners)
    ]
    run("load_demo_content")
    assert changelist(client, Partner, "en").content.decode().count("demo-content-marker") == 21

    assert queries_for_the_list() == few


@pytest.mark.parametrize("language", LANGUAGES)
def test_change_form_of_demo_content_says_so_and_how_to_remove_it(
    client, demo_loaded, editor, language
):
    client.force_login(editor)
    partner = Partner.objects.get(slug="example-academy")

    page = client.get(f"/{language}/admin/partners/partner/{partner.pk}/change/").content.decode()

    assert DEMO_NOTICE[language] in page
    assert "<code>manage.py remove_demo_content</code>" in page


def test_change_form_of_other_content_has_no_demo_notice(client, demo_loaded, editor):
    client.force_login(editor)
    partner = Partner.objects.exclude(slug="example-academy").first()

    page = client.get(f"/uz/admin/partners/partner/{partner.pk}/change/").content.decode()

    assert "remove_demo_content" not in page


def test_change_form_with_a_junk_id_is_answered_as_by_the_admin(client, demo_loaded, editor):
    client.force_login(editor)

    for junk in ("abc", "99999999999999999999999"):
        assert client.get(f"/en/admin/partners/partner/{junk}/change/").status_code == 302


@pytest.mark.parametrize("language", LANGUAGES)
def test_history_of_demo_content_says_it_is_demo_and_where_it_came_from(
    client, demo_loaded, editor, language
):
    client.force_login(editor)
    department = Department.objects.get(slug="example-department")

    page = client.get(
        f"/{language}/admin/departments/department/{department.pk}/history/"
    ).content.decode()

    assert DEMO_NOTICE[language] in page
    assert LOADED_COMMENT[language] in page


def test_demo_object_deleted_in_the_admin_leaves_no_record(
    client, demo_loaded, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    partner = Partner.objects.get(slug="example-academy")
    url = reverse("admin:partners_partner_delete", args=[partner.pk])

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"post": "yes"}).status_code == 302

    assert not Partner.objects.filter(pk=partner.pk).exists()
    assert not DemoRecord.objects.filter(content_type__model="partner").exists()
    assert DemoRecord.objects.count() == 3


def test_demo_objects_deleted_by_the_list_action_leave_no_record(client, demo_loaded, editor):
    client.force_login(editor)
    program = Program.objects.get(slug="example-programme")
    url = reverse("admin:programs_program_changelist")

    response = client.post(
        url,
        {
            "action": "delete_selected",
            "_selected_action": [program.pk],
            "post": "yes",
        },
    )

    assert response.status_code == 302
    assert not Program.objects.filter(pk=program.pk).exists()
    assert not Project.objects.filter(slug="example-project").exists()
    # The programme's record, and its project's, which went with it.
    assert DemoRecord.objects.count() == 2


def test_visitors_see_no_demo_marker(client, demo_loaded):
    page = client.get("/uz/partners/example-academy/").content.decode()

    assert "Namuna: San" in page
    assert "remove_demo_content" not in page
    assert "demo-content" not in page


# A new content app's own demo module ---------------------------------------


@pytest.fixture(scope="module")
def new_app_probe(tmp_path_factory):
    """What the demo commands do in a site with tests.new_content_app installed."""
    folder = tmp_path_factory.mktemp("new-app-demo")
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")},
        "DJANGO_SETTINGS_MODULE": "tests.new_content_app.settings",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "CACHE_URL": f"filecache://{folder / 'cache'}",
        "MEDIA_ROOT": str(folder / "media"),
        "ALLOWED_HOSTS": "testserver",
        "DEBUG": "true",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.new_content_app.demo_probe"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_new_apps_demo_module_is_found_and_its_objects_recorded(new_app_probe):
    assert new_app_probe["after_first_load"] == ["example-spring-concert", "open-day"]
    assert [
        record for record in new_app_probe["records"] if record[0] == "tests.new_content_app.demo"
    ] == [["tests.new_content_app.demo", "Namuna: bahorgi konsert"]]
    assert (
        "Loaded 1 demo object(s) from tests.new_content_app.demo:" in (new_app_probe["first_load"])
    )


def test_new_apps_demo_content_is_loaded_once(new_app_probe):
    assert new_app_probe["after_second_load"] == ["example-spring-concert", "open-day"]
    assert "were loaded earlier and are left as they are" in new_app_probe["second_load"]


def test_new_apps_demo_content_is_removed_and_its_seed_content_stays(new_app_probe):
    assert new_app_probe["after_removal"] == ["open-day"]
    assert new_app_probe["records_after_removal"] == 0
    assert "1 × events" in new_app_probe["removal"]
    assert new_app_probe["second_removal"] == "No demo content to remove.\n"
