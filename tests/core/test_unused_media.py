"""Images stay while a version may bring them back; the sweep removes the rest."""

import io
import os
import re
import time

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from reversion.models import Version

from partners.models import Partner
from tests.core.test_history import _admin_url, _recover, _submitted_form
from tests.core.test_image_uploads import post_logo, stored_files
from tests.images import image_bytes

MEDIA_NAME = re.compile(r"/media/([^\s\"',]+)")


def media_on_page(client, path):
    page = client.get(path)
    assert page.status_code == 200
    return set(MEDIA_NAME.findall(page.content.decode()))


def age_files(names, days=2):
    """Make files look as old as an upload from `days` ago."""
    past = time.time() - days * 86400
    for name in names:
        os.utime(default_storage.path(name), (past, past))


def sweep(**options):
    output = io.StringIO()
    call_command("sweep_unused_media", stdout=output, **options)
    return output.getvalue()


def test_restored_version_shows_the_logo_it_had(client, seeded, editor):
    _response, first = post_logo(client, editor, image_bytes("PNG", (300, 300)), "a.png")
    post_logo(client, editor, image_bytes("JPEG", (300, 300)), "b.jpg")
    with_first_logo = Version.objects.get_for_object(first)[1]
    url = _admin_url(Partner, "revision", first.pk, with_first_logo.pk)

    restored = client.post(url, _submitted_form(client.get(url)))

    assert restored.status_code == 302
    first.refresh_from_db()
    shown = media_on_page(client, f"/en/partners/{first.slug}/")
    assert shown and shown <= set(stored_files(first))
    assert all(default_storage.exists(name) for name in shown)


def test_recovered_partner_comes_back_with_its_logo(client, seeded, editor):
    _response, partner = post_logo(client, editor, image_bytes("PNG", (300, 300)), "a.png")
    files = stored_files(partner)
    client.post(_admin_url(Partner, "delete", partner.pk), {"post": "yes"})

    assert _recover(client, Partner, partner.pk).status_code == 302

    shown = media_on_page(client, f"/en/partners/{partner.slug}/")
    assert shown and shown <= set(files)
    assert all(default_storage.exists(name) for name in files)


def test_sweep_keeps_images_that_a_version_names(client, seeded, editor):
    _response, first = post_logo(client, editor, image_bytes("PNG", (300, 300)), "a.png")
    _response, second = post_logo(client, editor, image_bytes("PNG", (300, 300)), "b.png")
    age_files(stored_files(first) + stored_files(second))

    output = sweep()

    assert all(default_storage.exists(name) for name in stored_files(first) + stored_files(second))
    assert "Removed 0 unused file(s)" in output


def test_sweep_removes_an_image_once_no_version_names_it(client, seeded, editor):
    _response, first = post_logo(client, editor, image_bytes("PNG", (300, 300)), "a.png")
    old_files = stored_files(first)
    _response, second = post_logo(client, editor, image_bytes("PNG", (300, 300)), "b.png")
    age_files(old_files + stored_files(second))
    # The history that named the first logo is forgotten, as deleterevisions does.
    Version.objects.get_for_object(second).exclude(
        serialized_data__contains=second.logo.name
    ).delete()

    output = sweep()

    assert [name for name in old_files if default_storage.exists(name)] == []
    assert all(default_storage.exists(name) for name in stored_files(second))
    assert f"Removed {len(old_files)} unused file(s)" in output


def test_sweep_leaves_recent_uploads_whose_save_may_be_under_way(seeded):
    name = default_storage.save("partners/just-uploaded.png", io.BytesIO(image_bytes("PNG")))

    output = sweep()

    assert default_storage.exists(name)
    assert "and 1 younger than 24 hours" in output


def test_dry_run_lists_what_it_would_remove_and_removes_nothing(seeded):
    name = default_storage.save("heads/left-over.jpg", io.BytesIO(image_bytes("JPEG")))
    age_files([name])

    output = sweep(dry_run=True)

    assert f"Would remove {name}" in output
    assert default_storage.exists(name)


def test_sweep_looks_only_in_image_folders(seeded):
    elsewhere = default_storage.save("scans/agreement.pdf", io.BytesIO(b"%PDF-1.7"))
    age_files([elsewhere])

    sweep()

    assert default_storage.exists(elsewhere)


@pytest.mark.parametrize("min_age_hours", [0, 0.5])
def test_minimum_age_is_an_option(seeded, min_age_hours):
    name = default_storage.save("partners/orphan.png", io.BytesIO(image_bytes("PNG")))
    age_files([name], days=1 / 24)  # one hour old

    sweep(min_age_hours=min_age_hours)

    assert not default_storage.exists(name)
