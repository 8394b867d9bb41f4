"""Projects name their partner institutions and carry a lead image, as
programmes do; the programmes list and the home page link to a project's
page only when it says more than they do."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from model_bakery import baker
from reversion.models import Version

from activities.models import Activity
from core.media_sweep import swept_fields
from partners.models import Partner
from programs.models import Program, Project
from programs.resources import ProjectResource
from tests.core.admin_forms import form_values
from tests.images import image_bytes
from tests.languages import LANGUAGES

pytestmark = pytest.mark.django_db

PROJECT_ADD_URL = "/en/admin/programs/project/add/"
ALT = {"uz": "Talabalar sahnada", "ru": "Студенты на сцене", "en": "Students on stage"}


@pytest.fixture
def program():
    return Program.objects.create(slug="erasmus-plus", name_uz="Erasmus+", name_en="Erasmus+")


@pytest.fixture
def seeded_program(seeded):
    """Erasmus+ as the seed has it: the home page shows programmes only
    when the department is there."""
    return Program.objects.get(slug="erasmus-plus")


def make_project(program, slug="mobility", **fields):
    values = {"title_uz": f"Loyiha {slug}", "title_ru": f"Проект {slug}",
              "title_en": f"Project {slug}", "summary_uz": f"Qisqacha {slug}."}  # fmt: skip
    return Project.objects.create(program=program, slug=slug, **{**values, **fields})


def make_partner(slug, **fields):
    values = {"name_uz": f"Hamkor {slug}", "name_ru": f"Партнёр {slug}",
              "name_en": f"Partner {slug}", "country": "KZ"}  # fmt: skip
    return baker.make(Partner, slug=slug, **{**values, **fields})


def upload(size=(1800, 1200)):
    return SimpleUploadedFile("photo.jpg", image_bytes("JPEG", size))


def save_with_image(obj, **alt):
    obj.image = upload()
    for code, text in (alt or ALT).items():
        setattr(obj, f"image_alt_{code}", text)
    obj.save()
    return obj


# Partner institutions on a project's page ------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "name"),
    [("uz", "Hamkor muassasalar", "Hamkor induk"), ("ru", "Вузы-партнёры", "Партнёр induk"),
     ("en", "Partner institutions", "Partner induk")],
)  # fmt: skip
def test_project_page_lists_its_active_partner_institutions(client, program, lang, heading, name):
    project = make_project(program)
    project.partners.add(make_partner("induk"), make_partner("withdrawn", is_active=False))

    page = client.get(f"/{lang}/programs/erasmus-plus/mobility/").content.decode()

    assert f'<h2 id="project-partners-heading">{heading}</h2>' in page
    assert f'<a href="/{lang}/partners/induk/">{name}</a>' in page
    assert "withdrawn" not in page


def test_project_page_without_active_partners_has_no_partners_heading(client, program):
    make_project(program, status="ongoing").partners.add(make_partner("gone", is_active=False))

    page = client.get("/en/programs/erasmus-plus/mobility/").content.decode()

    assert "project-partners-heading" not in page


@pytest.mark.parametrize("count", [1, 30])
def test_project_page_lists_any_number_of_partners_in_one_query(
    client, program, django_assert_max_num_queries, count
):
    project = make_project(program)
    project.partners.add(*(make_partner(f"partner-{number}") for number in range(count)))

    with django_assert_max_num_queries(6):
        page = client.get("/en/programs/erasmus-plus/mobility/").content.decode()

    assert page.count('href="/en/partners/partner-') == count


# Lead images ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_project_page_shows_its_lead_image_below_the_title_in_webp_and_not_lazily(
    client, program, lang
):
    project = save_with_image(make_project(program))

    page = client.get(f"/{lang}/programs/erasmus-plus/mobility/").content.decode()

    stem = project.image.name.rsplit(".", 1)[0]
    image = page[page.index("<picture>") : page.index("</picture>")]
    assert page.index("</h1>") < page.index("<picture>")
    assert '<source type="image/webp"' in image
    for width in (360, 720, 1080, 1440):
        assert f"{stem}-w{width}.webp {width}w" in image
        assert f"{stem}-w{width}.jpg {width}w" in image
    assert f'width="720" height="480" alt="{ALT[lang]}"' in image
    assert 'loading="lazy"' not in image
    assert f'content="http://testserver/media/{stem}-w1440.jpg"' in page


def test_untranslated_image_description_falls_back_to_uzbek(client, program):
    save_with_image(make_project(program), uz="Talabalar sahnada")

    page = client.get("/ru/programs/erasmus-plus/mobility/").content.decode()

    assert 'alt="Talabalar sahnada"' in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_programmes_list_shows_each_programmes_image_lazy_after_the_first(client, program, lang):
    save_with_image(program)
    unesco = Program.objects.create(slug="unesco", name_uz="YUNESKO", position=2)
    save_with_image(unesco, uz="YUNESKO yigʻilishi", ru="Заседание ЮНЕСКО", en="A UNESCO meeting")
    Program.objects.create(slug="no-image", name_uz="Rasmsiz", position=3)

    page = client.get(f"/{lang}/programs/").content.decode()

    images = [part.split("</picture>")[0] for part in page.split("<picture>")[1:]]
    assert len(images) == 2
    assert f'alt="{ALT[lang]}"' in images[0] and 'loading="lazy"' not in images[0]
    unesco_alt = {"uz": "YUNESKO yigʻilishi", "ru": "Заседание ЮНЕСКО", "en": "A UNESCO meeting"}
    assert f'alt="{unesco_alt[lang]}"' in images[1] and 'loading="lazy"' in images[1]


def test_home_page_overview_shows_no_programme_images(client, seeded):
    unesco = save_with_image(Program.objects.get(slug="unesco"))
    stem = unesco.image.name.rsplit(".", 1)[0]

    home = client.get("/en/").content.decode()
    programmes = client.get("/en/programs/").content.decode()

    assert stem in programmes
    assert stem not in home


def test_media_sweep_knows_the_new_image_fields():
    found = {(model, field.name) for model, field in swept_fields()}

    assert {(Program, "image"), (Project, "image")} <= found


# What makes a project's page say more than the list ------------------------


def _description(project):
    project.description_ru = "Подробности."
    project.save()


def _status(project):
    project.status = Project.Status.ONGOING
    project.save()


def _start(project):
    project.starts_on = datetime.date(2025, 9, 1)
    project.save()


def _end(project):
    project.ends_on = datetime.date(2027, 8, 31)
    project.save()


def _website(project):
    project.website = "https://project.example.org/"
    project.save()


def _image(project):
    save_with_image(project)


def _active_partner(project):
    project.partners.add(make_partner("induk"))


def _published_activity(project):
    activity_of(project, published_at=timezone.now() - datetime.timedelta(hours=1))


def _nothing(project):
    pass


def _summary_only(project):
    project.summary_en = "Shown on the list already."
    project.save()


def _blank_description(project):
    project.description_uz = " "
    project.save()


def _inactive_partner(project):
    project.partners.add(make_partner("hidden", is_active=False))


def _draft_activity(project):
    activity_of(project, published_at=None)


def _scheduled_activity(project):
    activity_of(project, published_at=timezone.now() + datetime.timedelta(days=2))


def activity_of(project, published_at):
    baker.make(
        Activity,
        slug=f"activity-of-{project.slug}",
        kind="other",
        starts_on=datetime.date(2026, 10, 1),
        published_at=published_at,
    ).projects.add(project)


SAYS_MORE = [_description, _status, _start, _end, _website, _image, _active_partner,
             _published_activity]  # fmt: skip
SAYS_NOTHING_MORE = [_nothing, _summary_only, _blank_description, _inactive_partner,
                     _draft_activity, _scheduled_activity]  # fmt: skip


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("give", SAYS_MORE, ids=lambda give: give.__name__)
def test_lists_link_to_a_project_page_that_says_more(client, seeded_program, give, lang):
    give(make_project(seeded_program))
    link = f'<a href="/{lang}/programs/erasmus-plus/mobility/">'

    assert link in client.get(f"/{lang}/programs/").content.decode()
    assert link in client.get(f"/{lang}/").content.decode()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("give", SAYS_NOTHING_MORE, ids=lambda give: give.__name__)
def test_lists_name_without_a_link_a_project_page_that_says_nothing_more(
    client, seeded_program, give, lang
):
    give(make_project(seeded_program))
    title = {"uz": "Loyiha mobility", "ru": "Проект mobility", "en": "Project mobility"}[lang]

    for path in (f"/{lang}/programs/", f"/{lang}/"):
        page = client.get(path).content.decode()
        assert "/programs/erasmus-plus/mobility/" not in page
        assert f'<span class="project-list__title">{title}</span>' in page


@pytest.mark.parametrize("give", SAYS_NOTHING_MORE, ids=lambda give: give.__name__)
def test_a_project_page_that_says_nothing_more_answers_but_is_not_in_the_sitemap(
    client, program, give
):
    give(make_project(program))

    response = client.get("/en/programs/erasmus-plus/mobility/")
    sitemap = client.get("/sitemap.xml").content.decode()

    assert response.status_code == 200
    assert "/programs/erasmus-plus/mobility/" not in sitemap


@pytest.mark.parametrize("give", SAYS_MORE, ids=lambda give: give.__name__)
def test_a_project_page_that_says_more_is_in_the_sitemap_in_every_language(client, program, give):
    give(make_project(program))

    sitemap = client.get("/sitemap.xml").content.decode()

    for lang in LANGUAGES:
        assert f"<loc>http://testserver/{lang}/programs/erasmus-plus/mobility/</loc>" in sitemap


def test_partner_page_links_its_projects_as_the_lists_do(client, program):
    partner = make_partner("induk")
    make_project(program).partners.add(partner)

    partner_page = client.get("/en/partners/induk/").content.decode()
    list_page = client.get("/en/programs/").content.decode()

    assert '<a href="/en/programs/erasmus-plus/mobility/">' in partner_page
    assert '<a href="/en/programs/erasmus-plus/mobility/">' in list_page


@pytest.mark.parametrize("path", ["/en/programs/", "/en/"])
@pytest.mark.parametrize("count", [2, 20])
def test_lists_decide_every_projects_link_in_their_own_queries(
    client, seeded, django_assert_max_num_queries, path, count
):
    partner = make_partner("induk")
    for number in range(count):
        project = make_project(Program.objects.get(slug="unesco"), f"project-{number}")
        if number % 2:
            project.partners.add(partner)
    budget = 12 if path == "/en/" else 5

    with django_assert_max_num_queries(budget):
        page = client.get(path).content.decode()

    assert page.count('href="/en/programs/unesco/project-') == count // 2


# Admin ---------------------------------------------------------------------


def project_form(program, **fields):
    return {
        "program": program.pk,
        "title_uz": "Talabalar almashinuvi",
        "title_ru": "Обмен студентами",
        "title_en": "Student exchange",
        "slug": "exchange",
        **fields,
    }


def test_editor_adds_a_project_with_partners_and_an_image_described_in_three_languages(
    client, editor, program
):
    induk, kazakh = make_partner("induk"), make_partner("kazakh")
    make_partner("other")
    client.force_login(editor)

    response = client.post(
        PROJECT_ADD_URL,
        project_form(
            program,
            partners=[induk.pk, kazakh.pk],
            image=upload(),
            **{f"image_alt_{code}": text for code, text in ALT.items()},
        ),
    )

    assert response.status_code == 302
    project = Project.objects.get(slug="exchange")
    assert set(project.partners.all()) == {induk, kazakh}
    assert (project.image_width, project.image_height) == (1800, 1200)
    assert [project.image_alt_uz, project.image_alt_ru, project.image_alt_en] == list(ALT.values())
    version = Version.objects.get_for_object(project).get()
    assert version.field_dict["image"] == project.image.name
    assert set(version.field_dict["partners"]) == {induk.pk, kazakh.pk}


def test_a_projects_image_needs_a_description(client, editor, program):
    client.force_login(editor)

    response = client.post(PROJECT_ADD_URL, project_form(program, image=upload()))

    assert response.status_code == 200
    assert "Describe the image for visitors who cannot see it" in response.content.decode()
    assert not Project.objects.exists()


def test_a_programmes_image_needs_a_description_and_is_kept_in_its_history(
    client, editor, program
):
    client.force_login(editor)
    url = reverse("admin:programs_program_change", args=[program.pk])
    values = form_values(client.get(url))

    refused = client.post(url, {**values, "image": upload()})
    saved = client.post(
        url, {**values, "image": upload(), **{f"image_alt_{c}": t for c, t in ALT.items()}}
    )

    assert refused.status_code == 200
    assert "Describe the image for visitors who cannot see it" in refused.content.decode()
    assert saved.status_code == 302
    program.refresh_from_db()
    assert program.image_alt_ru == ALT["ru"]
    latest = Version.objects.get_for_object(program).first()
    assert latest.field_dict["image"] == program.image.name


def test_partners_are_chosen_by_search_in_the_project_form(client, editor, program):
    make_partner("induk")
    client.force_login(editor)

    form = client.get(PROJECT_ADD_URL).content.decode()
    found = client.get(
        "/en/admin/autocomplete/",
        {"term": "induk", "app_label": "programs", "model_name": "project",
         "field_name": "partners"},
    )  # fmt: skip

    assert 'name="partners"' in form and "admin-autocomplete" in form
    assert [result["text"] for result in found.json()["results"]] == ["Partner induk"]


def test_translator_translates_the_image_description_but_cannot_change_partners(
    client, translator, program
):
    project = make_project(program)
    project.partners.add(make_partner("induk"))
    client.force_login(translator)

    page = client.get(reverse("admin:programs_project_change", args=[project.pk])).content.decode()

    assert 'name="image_alt_ru"' in page
    assert 'name="partners"' not in page
    assert 'name="image"' not in page


# Import and export -----------------------------------------------------------


def test_export_names_the_partners_by_slug_and_import_sets_them(program):
    project = make_project(program)
    project.partners.add(make_partner("induk"))
    make_partner("kazakh")

    dataset = ProjectResource().export()
    row = dict(zip(dataset.headers, dataset[0], strict=True))
    assert row["partners"] == "induk"

    row["partners"] = "induk,kazakh"
    del dataset[0]
    dataset.append([row[header] for header in dataset.headers])
    result = ProjectResource().import_data(dataset, dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    assert set(project.partners.values_list("slug", flat=True)) == {"induk", "kazakh"}
