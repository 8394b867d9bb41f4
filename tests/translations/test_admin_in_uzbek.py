"""Every admin screen a superuser opens in Uzbek (and Russian) is in that language."""

import re

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from partners.models import Partner
from tests.translations.admin_words import english_words

PASSWORD = "a-long-test-password-42"

# Form fields whose English is known and fixed elsewhere, not by a catalogue:
NOT_FROM_OUR_CATALOGUES = {
    # Permission names are database rows Django writes in English ("Can add
    # user"); Django has no way to translate them.
    "permissions",
    "user_permissions",
}
# Pages whose English comes from objects' own names, not from an interface
# string: django-axes names a log "Access Log for <user> @ <time>", and
# Django names the group/permission link rows "Group_permissions object (1)".
PAGES_NAMED_BY_THEIR_OBJECTS = tuple(
    f"/{language}/admin/{model}/"
    for language in ("uz", "ru")
    for model in ("axes/accesslog", "auth/group")
)


def _admin_pages(superuser):
    """Every changelist, add, change, history and delete page, and the rest."""
    pages = [reverse("admin:index"), reverse("admin:password_change")]
    for model in apps.get_models():
        if not admin.site.is_registered(model):
            continue
        meta = model._meta
        name = f"admin:{meta.app_label}_{meta.model_name}"
        pages += [reverse(f"{name}_changelist"), reverse(f"{name}_add")]
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            pages += [
                reverse(f"{name}_change", args=[obj.pk]),
                reverse(f"{name}_history", args=[obj.pk]),
                reverse(f"{name}_delete", args=[obj.pk]),
            ]
    pages += [
        reverse("admin:auth_user_password_change", args=[superuser.pk]),
        reverse("translation-status"),
        reverse("rosetta-file-list", kwargs={"po_filter": "project"}),
    ]
    return pages


def _without_country_filter(html, language):
    """The page without the changelist filter by country (see "country" above)."""
    with translation.override(language):
        title = escape(str(Partner._meta.get_field("country").verbose_name))
    return re.sub(
        rf'<details data-filter-title="{re.escape(title)}".*?</details>', "", html, flags=re.S
    )


@pytest.fixture
def superuser(seeded, django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.uz", PASSWORD)


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_every_admin_page_in_uzbek_and_russian_shows_no_english_word(client, superuser, language):
    client.force_login(superuser)
    with translation.override(language):
        pages = _admin_pages(superuser)
        pages.append(
            reverse("rosetta-form", kwargs={"po_filter": "project", "lang_id": language, "idx": 0})
        )
    found = {}
    for path in pages:
        response = client.get(path, follow=True)
        # A model nobody adds (LogEntry...) answers 403: that page is checked too.
        assert response.status_code in (200, 403), path
        if path.startswith(PAGES_NAMED_BY_THEIR_OBJECTS):
            continue
        words = english_words(
            _without_country_filter(response.content.decode(), language),
            language,
            NOT_FROM_OUR_CATALOGUES,
        )
        if words:
            found[path] = sorted(set(words))

    assert found == {}, "\n".join(f"{path}: {words}" for path, words in found.items())


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_form_with_errors_and_its_messages_are_in_the_admin_language(client, superuser, language):
    client.force_login(superuser)
    with translation.override(language):
        add_user = reverse("admin:auth_user_add")

    page = client.post(add_user, {"username": "", "password1": "short", "password2": "x"})

    assert english_words(page.content.decode(), language, NOT_FROM_OUR_CATALOGUES) == []
    assert User.objects.count() == 1


@pytest.mark.parametrize("view", ["add", "change"])
def test_uzbek_change_form_title_starts_with_a_capital(client, seeded, superuser, view):
    client.force_login(superuser)
    partner = Partner.objects.first()
    with translation.override("uz"):
        url = reverse(
            f"admin:partners_partner_{view}", args=[partner.pk] if view == "change" else []
        )

    page = client.get(url).content.decode()

    heading = re.search(r"<h1[^>]*>([^<]+)</h1>", page).group(1).strip()
    assert heading[0].isupper(), heading
    assert "hamkor muassasa" in heading.lower()
