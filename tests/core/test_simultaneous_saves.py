"""Two POSTs at the very same moment, each in its own thread and database
connection, as gunicorn's threaded workers run them (PostgreSQL only:
SQLite's test database is one in-memory connection)."""

import threading

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from partners.admin import PartnerAdmin
from partners.models import Partner
from tests.core.admin_forms import form_values

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs a database with real concurrent writes"
)

NEW_PARTNER = {
    "name_uz": "Anqara universiteti",
    "name_en": "Ankara University",
    "slug": "ankara-university",
    "country": "TR",
    "is_active": "on",
}


@pytest.fixture
def editor_client(transactional_db, django_user_model):
    from django.core.management import call_command

    call_command("migrate", verbosity=0)  # the groups come from a data migration
    user = django_user_model.objects.create_user(username="editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


def _post_together(monkeypatch, posts):
    """Send the POSTs in threads that all pass validation before any saves."""
    everyone_validated = threading.Barrier(len(posts), timeout=10)
    save_model = PartnerAdmin.save_model

    def save_model_together(self, request, obj, form, change):
        everyone_validated.wait()
        save_model(self, request, obj, form, change)

    monkeypatch.setattr(PartnerAdmin, "save_model", save_model_together)
    responses = [None] * len(posts)
    add_url = reverse("admin:partners_partner_add")

    def send(index, client, form):
        try:
            responses[index] = client.post(add_url, form)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=send, args=(index, client, form))
        for index, (client, form) in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return responses


def test_two_tabs_adding_the_same_partner_at_once_save_one_and_explain_the_other(
    editor_client, monkeypatch
):
    first_tab = form_values(editor_client.get(reverse("admin:partners_partner_add")))
    second_tab = form_values(editor_client.get(reverse("admin:partners_partner_add")))

    responses = _post_together(
        monkeypatch,
        [(editor_client, first_tab | NEW_PARTNER), (editor_client, second_tab | NEW_PARTNER)],
    )

    assert sorted(response.status_code for response in responses) == [200, 302]
    refused = next(response for response in responses if response.status_code == 200)
    assert "came at the same moment" in refused.content.decode()
    assert Partner.objects.filter(slug="ankara-university").count() == 1


def test_a_double_click_on_a_new_partner_saves_it_once(editor_client):
    add_url = reverse("admin:partners_partner_add")
    form = form_values(editor_client.get(add_url)) | NEW_PARTNER
    responses = [None, None]

    def send(index):
        try:
            responses[index] = editor_client.post(add_url, form)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=send, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    partner = Partner.objects.get(slug="ankara-university")
    assert [response.status_code for response in responses] == [302, 302]
    # The first goes where Save always goes; the repeat lands on the record.
    assert sorted(response["Location"] for response in responses) == [
        reverse("admin:partners_partner_changelist"),
        reverse("admin:partners_partner_change", args=[partner.pk]),
    ]
