"""A Translator saving in Rosetta can change words, never the page's code.

Each save goes through Rosetta's own form, as a Translator's browser sends
it, into a copy of the catalogues; what it leads to is read where visitors
and a superuser would see it.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.utils.translation.reloader import translation_file_changed

from tests.translations.catalogue_copies import copy_of_the_catalogues, rosetta_field

IS_STAFF_HELP = "Designates whether the user can log into this admin site."
INSTITUTIONS = "%(counter)s institution"
HIDDEN_SUPERUSER = '<input type="hidden" name="is_superuser" value="on">'
META_REFRESH = '<meta http-equiv="refresh" content="0;url=https://attacker.example/">'


@pytest.fixture
def locale(settings, tmp_path):
    locale = copy_of_the_catalogues(tmp_path)
    settings.LOCALE_PATHS = [locale]
    settings.ROSETTA_EXCLUDED_PATHS = [str(django_settings.BASE_DIR / "locale")]
    return locale


def catalogue(locale, language):
    return locale / language / "LC_MESSAGES" / "django.po"


def save_in_rosetta(client, locale, language, msgid, values):
    """Rosetta's form for `language`, showing `msgid`, posted with `values`
    ({plural form or None: text}); returns the page the translator lands on."""
    url = f"/{language}/rosetta/files/project/{language}/0/"
    fields = {
        rosetta_field(catalogue(locale, language), msgid, form): text
        for form, text in values.items()
    }
    form_page = client.get(url, {"query": msgid}).content.decode()
    assert all(f'name="{field}"' in form_page for field in fields)
    token = client.cookies["csrftoken"].value
    return client.post(url, {"csrfmiddlewaretoken": token, **fields}, follow=True)


def reload_catalogues():
    """What the README used to ask for after a save (gunicorn HUP): whatever
    the save wrote is now what every page shows."""
    translation_file_changed(sender=None, file_path=Path("django.mo"))


def files(locale):
    return {path: path.read_bytes() for path in sorted(locale.rglob("django.*"))}


UNSAFE_SAVES = {
    "hidden input in admin help text": (
        "uz",
        IS_STAFF_HELP,
        {None: f"Kira oladi. {HIDDEN_SUPERUSER}"},
    ),
    "meta refresh in the nav": ("uz", "Partners", {None: f"Hamkorlar{META_REFRESH}"}),
    "bold in the nav": ("uz", "Partners", {None: "<b>Hamkorlar</b>"}),
    "unclosed tag": ("uz", "Partners", {None: "Hamkorlar<img src=x onerror=alert(1) "}),
    "entity": ("uz", "Partners", {None: "Hamkorlar&lt;b&gt;"}),
    "out of an attribute": ("uz", "Main", {None: 'Asosiy" autofocus onfocus="alert(1)'}),
    "markup in a Russian plural form": (
        "ru",
        INSTITUTIONS,
        {0: "%(counter)s вуз", 1: "%(counter)s вуза", 2: "<b>%(counter)s</b> вузов"},
    ),
    "renamed placeholder in a plural form": (
        "ru",
        INSTITUTIONS,
        {0: "%(counter)s вуз", 1: "%(count)s вуза", 2: "%(counter)s вузов"},
    ),
}
REFUSAL = {"uz": "Saqlanmadi: “{msgid}”", "ru": "Не сохранено: «{msgid}»"}


@pytest.mark.parametrize("save", UNSAFE_SAVES.values(), ids=UNSAFE_SAVES.keys())
def test_translator_save_with_markup_or_placeholders_of_its_own_is_refused_naming_the_entry(
    client, seeded, translator, locale, save
):
    language, msgid, values = save
    client.force_login(translator)
    before = files(locale)

    page = save_in_rosetta(client, locale, language, msgid, values)

    assert REFUSAL[language].format(msgid=msgid) in page.content.decode()
    assert files(locale) == before


def test_refused_admin_help_text_leaves_the_superuser_form_as_it_was(
    client, seeded, translator, admin_user, locale
):
    client.force_login(translator)
    save_in_rosetta(
        client, locale, "uz", IS_STAFF_HELP, UNSAFE_SAVES["hidden input in admin help text"][2]
    )

    reload_catalogues()
    client.force_login(admin_user)
    form = client.get(f"/uz/admin/auth/user/{translator.pk}/change/").content.decode()

    assert "Foydalanuvchi ushbu boshqaruv saytiga kira olishini bildiradi." in form
    assert 'type="hidden" name="is_superuser"' not in form


@pytest.mark.parametrize("payload", [META_REFRESH, "<b>Hamkorlar</b>"])
def test_refused_nav_string_leaves_every_public_page_as_it_was(
    client, seeded, translator, locale, payload
):
    client.force_login(translator)
    save_in_rosetta(client, locale, "uz", "Partners", {None: f"Hamkorlar{payload}"})
    reload_catalogues()

    home = Client().get("/uz/").content.decode()

    assert ">Hamkorlar<" in home
    assert payload not in home


def test_translator_save_is_live_at_once_and_says_so(client, seeded, translator, locale, settings):
    settings.PAGE_CACHE_SECONDS = 600
    visitor = Client()
    assert ">Hamkorlar<" in visitor.get("/uz/").content.decode()  # now in the page cache
    client.force_login(translator)

    page = save_in_rosetta(client, locale, "uz", "Partners", {None: "Hamkor tashkilotlar"})

    assert "Saqlandi. Oʻzgarish hozir saytning barcha sahifalarida." in page.content.decode()
    assert ">Hamkor tashkilotlar<" in visitor.get("/uz/").content.decode()
    assert ">Hamkor tashkilotlar<" in visitor.get("/uz/partners/").content.decode()


def test_translator_save_of_every_russian_plural_form_is_live(client, seeded, translator, locale):
    visitor = Client()
    assert not re.search(r"\d+ университет", visitor.get("/ru/partners/").content.decode())
    client.force_login(translator)
    forms = {0: "%(counter)s университет", 1: "%(counter)s университета"}
    forms |= {2: "%(counter)s университетов", 3: "%(counter)s университетов"}

    save_in_rosetta(client, locale, "ru", INSTITUTIONS, forms)

    assert re.search(r"\d+ университет", visitor.get("/ru/partners/").content.decode())


def test_rosetta_lists_only_our_catalogues_without_server_paths(client, translator, locale):
    client.force_login(translator)

    listing = client.get("/en/rosetta/files/project/").content.decode()

    assert "locale/uz/LC_MESSAGES/django.po" in listing
    assert str(locale) not in listing
    assert str(django_settings.BASE_DIR) not in listing
    assert client.get("/en/rosetta/files/django/").url == "/en/rosetta/files/project/"
    assert client.get("/en/rosetta/files/all/uz/0/").status_code == 404
    assert client.get("/en/rosetta/files/third-party/uz/0/").status_code == 404
