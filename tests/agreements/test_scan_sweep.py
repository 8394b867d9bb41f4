"""A replaced scan stays while a version may bring it back, then the sweep
removes it like an unused image."""

import io
import os
import time

import reversion
from django.core.management import call_command

from agreements import scans
from tests.agreements.test_scans import pdf_bytes, upload


def stored_scans():
    storage = scans.private_storage()
    return sorted(f"agreements/{name}" for name in storage.listdir("agreements")[1])


def age(names, days=2):
    past = time.time() - days * 86400
    for name in names:
        os.utime(scans.private_storage().path(name), (past, past))


def sweep():
    output = io.StringIO()
    call_command("sweep_unused_media", stdout=output)
    return output.getvalue()


def test_sweep_removes_a_replaced_scan_no_version_names(make_agreement):
    agreement = make_agreement()
    agreement.scan.save("first.pdf", upload(pdf_bytes()))
    first = agreement.scan.name
    agreement.scan.save("second.pdf", upload(pdf_bytes()))
    age(stored_scans())

    output = sweep()

    assert stored_scans() == [agreement.scan.name]
    assert f"Removed {first}" in output


def test_sweep_keeps_a_replaced_scan_while_a_version_names_it(make_agreement):
    agreement = make_agreement()
    with reversion.create_revision():
        agreement.scan.save("first.pdf", upload(pdf_bytes()))
    first = agreement.scan.name
    agreement.scan.save("second.pdf", upload(pdf_bytes()))
    age(stored_scans())

    sweep()

    assert stored_scans() == sorted([first, agreement.scan.name])


def test_sweep_leaves_a_fresh_scan_whose_save_may_be_under_way(make_agreement):
    agreement = make_agreement()
    agreement.scan.save("first.pdf", upload(pdf_bytes()))
    agreement.scan.save("second.pdf", upload(pdf_bytes()))

    sweep()

    assert len(stored_scans()) == 2
