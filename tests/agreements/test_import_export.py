"""Import and export of partners, agreements and projects: a preview first,
nothing written from a broken file, the reason row by row in the admin's
language, one revision per import, exports by role."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook, load_workbook
from reversion.models import Revision, Version

from agreements.models import Agreement
from partners.models import Partner
from programs.models import Project

CSV_FORMAT = "0"  # the order of ImportExportAdminMixin.formats
XLSX_FORMAT = "1"


def _url(model, action, language="en"):
    with translation.override(language):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{action}")


def _export(client, model, file_format=CSV_FORMAT, language="en"):
    response = client.post(
        _url(model, "export", language),
        {"format": file_format, "resource": "0", "export_items": []}
        | {f"{name}": "on" for name in _export_fields(client, model, language)},
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    return response.content


def _export_fields(client, model, language):
    form = client.get(_url(model, "export", language)).context["form"]
    return [name for name in form.fields if name not in ("format", "resource", "export_items")]


def _preview(client, model, content, name="rows.csv", file_format=CSV_FORMAT, language="en"):
    upload = io.BytesIO(content)
    upload.name = name
    return client.post(
        _url(model, "import", language),
        {"format": file_format, "resource": "0", "import_file": upload},
    )


def _confirm(client, model, preview, language="en"):
    form = preview.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    return client.post(_url(model, "process_import", language), data)


def _csv(*rows):
    """A UTF-8 CSV file of these lines (each already comma-separated)."""
    return ("\n".join(rows) + "\n").encode()


PARTNER_HEADER = "slug,name_uz,name_ru,name_en,country,city_uz,city_ru,city_en,website,is_active"


def _partner_row(slug="new-academy", country="KZ", name="Yangi akademiya"):
    return f"{slug},{name},Новая академия,New Academy,{country},Olmaota,Алматы,Almaty,,1"


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_partners_export_has_every_language_column(editor_client, seeded):
    content = _export(editor_client, Partner).decode("utf-8-sig")
    header = content.splitlines()[0]
    for column in ("slug", "name_uz", "name_ru", "name_en", "country", "city_uz"):
        assert column in header.split(",")
    assert "logo" not in header
    assert "Induk" in content


def test_round_trip_of_partners_agreements_and_projects_shows_no_changes(editor_client, seeded):
    for model in (Partner, Agreement, Project):
        for file_format, name in ((CSV_FORMAT, "rows.csv"), (XLSX_FORMAT, "rows.xlsx")):
            exported = _export(editor_client, model, file_format)
            preview = _preview(editor_client, model, exported, name, file_format)
            result = preview.context["result"]
            assert not result.has_errors() and not result.has_validation_errors(), model
            totals = result.totals
            assert totals["new"] == totals["update"] == totals["delete"] == 0, (model, totals)
            assert totals["skip"] == model.objects.count()


def test_import_previews_then_writes_one_revision_that_names_the_file(editor_client, seeded):
    content = _csv(PARTNER_HEADER, _partner_row())
    preview = _preview(editor_client, Partner, content)
    assert "New Academy" in preview.content.decode()
    assert not Partner.objects.filter(slug="new-academy").exists()  # a preview writes nothing

    before = Revision.objects.count()
    response = _confirm(editor_client, Partner, preview)

    assert response.status_code == 302
    partner = Partner.objects.get(slug="new-academy")
    assert partner.city_ru == "Алматы"
    assert Revision.objects.count() == before + 1
    revision = Revision.objects.latest("pk")
    assert revision.comment == "Imported from a file."
    assert Version.objects.get_for_object(partner).get().revision == revision


def test_an_import_can_be_undone_by_reverting_its_revision(editor_client, seeded):
    induk = Partner.objects.get(slug="induk-university")
    exported = _export(editor_client, Partner).decode("utf-8-sig")
    changed = exported.replace("Induk University", "Induk University of Seoul").encode()
    # The change is versioned against the state before it.
    Version.objects.all().delete()
    import reversion

    with reversion.create_revision():
        induk.save()
    _confirm(editor_client, Partner, _preview(editor_client, Partner, changed))
    induk.refresh_from_db()
    assert induk.name_en == "Induk University of Seoul"

    Version.objects.get_for_object(induk).order_by("pk").first().revert()

    induk.refresh_from_db()
    assert induk.name_en == "Induk University"


BROKEN_FILES = {
    "wrong-columns": (
        _csv("slug,name,land", "x,y,z"),
        ["land", "name"],
    ),
    "missing-key-column": (_csv("name_uz,country", "Nom,KZ"), ["slug"]),
    "unknown-country": (
        _csv(PARTNER_HEADER, _partner_row(country="XX")),
        ["“XX” is not a country code"],
    ),
    "duplicate-slugs": (
        _csv(PARTNER_HEADER, _partner_row(), _partner_row(name="Boshqa")),
        ["Row 1 of the file has the same slug"],
    ),
    "missing-required-name": (_csv(PARTNER_HEADER, _partner_row(name="")), ["name_uz"]),
    "wrong-encoding": (
        _csv(PARTNER_HEADER, _partner_row(name="Академия")).decode().encode("cp1251"),
        ["not in UTF-8"],
    ),
    "not-a-spreadsheet": (b"\x00\x01\x02 binary junk", ["No valid data to import"]),
    "xlsx-chosen-for-a-csv": (_csv(PARTNER_HEADER, _partner_row()), ["could not be read"]),
    "one-bad-row-among-good": (
        _csv(PARTNER_HEADER, _partner_row(), _partner_row(slug="other", country="ZZ")),
        ["“ZZ” is not a country code"],
    ),
}


@pytest.mark.parametrize("case", BROKEN_FILES, ids=list(BROKEN_FILES))
def test_broken_partner_file_writes_nothing_and_says_why(editor_client, seeded, case):
    content, expected = BROKEN_FILES[case]
    before = list(Partner.objects.values_list("slug", "name_uz", "country"))

    file_format = XLSX_FORMAT if case == "xlsx-chosen-for-a-csv" else CSV_FORMAT
    response = _preview(editor_client, Partner, content, file_format=file_format)

    assert response.status_code == 200
    page = response.content.decode()
    for text in expected:
        assert text in page, (case, text)
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert list(Partner.objects.values_list("slug", "name_uz", "country")) == before


def test_bad_dates_and_unknown_partner_in_agreements_write_nothing(editor_client, seeded):
    header = "id,partner,kind,is_signed,signed_on,valid_from,valid_until"
    content = _csv(
        header,
        ",induk-university,cooperation,1,2024-02-30,,",
        ",no-such-partner,cooperation,1,,,",
        ",induk-university,no-such-kind,1,,,",
        ",induk-university,cooperation,1,2024-01-01,2024-01-01,2023-01-01",
    )
    before = Agreement.objects.count()

    page = _preview(editor_client, Agreement, content).content.decode()

    assert "“2024-02-30” is not a date" in page
    assert "There is no partner institution “no-such-partner”" in page
    assert "no-such-kind" in page
    assert "cannot end before it starts" in page
    assert Agreement.objects.count() == before


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_row_errors_are_in_the_admin_language(editor_client, seeded, language):
    content = _csv(PARTNER_HEADER, _partner_row(country="XX"))
    page = _preview(editor_client, Partner, content, language=language).content.decode()
    expected = {"uz": "davlat kodi emas", "ru": "не код страны"}[language]
    assert expected in page
    assert "is not a country code" not in page


def test_a_file_over_the_size_limit_is_refused_unread(editor_client, seeded, settings):
    # 100 MB never reaches the view: the request is refused by its length.
    response = editor_client.post(
        _url(Partner, "import"),
        data=b"x",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert Partner.objects.count() == 16


def test_a_file_under_the_request_limit_but_over_the_upload_limit_is_refused(
    editor_client, seeded, settings
):
    settings.MAX_UPLOAD_BYTES = 200
    content = _csv(PARTNER_HEADER, *[_partner_row(slug=f"p{i}") for i in range(10)])
    page = _preview(editor_client, Partner, content).content.decode()
    assert "larger than" in page
    assert Partner.objects.count() == 16


def test_xlsx_import_reads_every_language(editor_client, seeded):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(PARTNER_HEADER.split(","))
    sheet.append(_partner_row().split(","))
    buffer = io.BytesIO()
    workbook.save(buffer)
    preview = _preview(editor_client, Partner, buffer.getvalue(), "rows.xlsx", XLSX_FORMAT)
    _confirm(editor_client, Partner, preview)
    assert Partner.objects.get(slug="new-academy").name_ru == "Новая академия"


def test_translators_export_only_text_and_cannot_import(client, translator, seeded):
    client.force_login(translator)
    content = _export(client, Partner, XLSX_FORMAT)
    sheet = load_workbook(io.BytesIO(content)).active
    header = [cell.value for cell in sheet[1]]
    assert sorted(header) == sorted(
        [
            "slug",
            *("name_uz", "name_ru", "name_en"),
            *("city_uz", "city_ru", "city_en"),
            *("cooperation_uz", "cooperation_ru", "cooperation_en"),
        ]
    )
    agreement_header = _export(client, Agreement).decode("utf-8-sig").splitlines()[0]
    assert "signed_on" not in agreement_header and "scan" not in agreement_header
    assert "title_uz" in agreement_header
    assert client.get(_url(Partner, "import")).status_code == 403


def test_exported_cells_cannot_start_a_formula(editor_client, seeded):
    Partner.objects.filter(slug="induk-university").update(city_en='=HYPERLINK("x")')
    content = _export(editor_client, Partner).decode("utf-8-sig")
    assert ",=HYPERLINK" not in content


def test_agreement_export_has_no_scan_column(editor_client, seeded):
    header = _export(editor_client, Agreement).decode("utf-8-sig").splitlines()[0]
    assert "scan" not in header
    assert header.startswith("id,partner,kind,title_uz,title_ru,title_en")


@pytest.mark.parametrize("file_name", ["", "no-such-file", "../../etc/passwd", "x" * 300])
def test_a_tampered_or_expired_confirmation_writes_nothing_and_is_no_error(
    editor_client, seeded, file_name
):
    preview = _preview(editor_client, Partner, _csv(PARTNER_HEADER, _partner_row()))
    form = preview.context["confirm_form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    data["import_file_name"] = file_name

    response = editor_client.post(_url(Partner, "process_import"), data, follow=True)

    assert response.status_code == 200
    assert not Partner.objects.filter(slug="new-academy").exists()
