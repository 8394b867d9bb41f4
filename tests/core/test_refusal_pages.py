"""A refused page (403) and a refused form (CSRF) speak the visitor's language
in the site's own design, with nothing our CSP blocks."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

ACCESS_DENIED = {"uz": "Kirish taqiqlangan", "ru": "Доступ запрещён", "en": "Access denied"}
FORM_NOT_SENT = {
    "uz": "Formani yuborib boʻlmadi",
    "ru": "Форму не удалось отправить",
    "en": "The form could not be sent",
}


def _has_nothing_the_csp_blocks(page):
    return "<style" not in page and " style=" not in page and "<script>" not in page


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_staff_refused_a_page_see_our_403_in_their_language(client, translator, language):
    client.force_login(translator)
    with translation.override(language):
        add_partner = reverse("admin:partners_partner_add")  # Translators add nothing

    response = client.get(add_partner)

    page = response.content.decode()
    assert response.status_code == 403
    assert f'<html lang="{language}"' in page
    assert f"<h1>{ACCESS_DENIED[language]}</h1>" in page
    assert _has_nothing_the_csp_blocks(page)


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_a_form_sent_without_its_csrf_token_gets_our_page_in_the_visitors_language(db, language):
    client = Client(enforce_csrf_checks=True)

    response = client.post(f"/{language}/admin/login/", {"username": "a", "password": "b"})

    page = response.content.decode()
    assert response.status_code == 403
    assert f'<html lang="{language}"' in page
    assert f"<h1>{FORM_NOT_SENT[language]}</h1>" in page
    assert _has_nothing_the_csp_blocks(page)
