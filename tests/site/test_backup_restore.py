"""make backup / make restore: the whole database and media, nothing lost.

Runs against PostgreSQL (pg_dump is the tool); skipped on SQLite.
"""

import hashlib
import os
import shutil
import stat
import subprocess
import tarfile
from datetime import UTC, datetime

import psycopg2
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from core.models import SeedRecord
from partners.models import Partner
from tests.images import image_bytes

pytestmark = pytest.mark.django_db(transaction=True)


def database_url(name):
    config = settings.DATABASES["default"]
    user = config.get("USER") or "postgres"
    host = config.get("HOST") or "127.0.0.1"
    port = config.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{name}"


def snapshot(url):
    """Every row of every table, and every sequence's position."""
    with psycopg2.connect(url) as database, database.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        tables = [row[0] for row in cursor.fetchall()]
        rows = {}
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY 1')
            rows[table] = cursor.fetchall()
        cursor.execute("SELECT sequencename, last_value FROM pg_sequences ORDER BY 1")
        sequences = cursor.fetchall()
    return rows, sequences


def checksums(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def scratch_database():
    name = f"{settings.DATABASES['default']['NAME']}_restore"
    admin = psycopg2.connect(database_url("postgres"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield database_url(name)
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="backup and restore use pg_dump: run with DATABASE_URL=postgres://...",
)
def test_backup_then_restore_gives_back_every_row_sequence_and_file(
    seeded, scratch_database, tmp_path, settings
):
    assert connection.vendor == "postgresql"
    partner = Partner.objects.get(slug="induk-university")
    partner.name_ru = "Университет Индок  "  # trailing spaces must survive
    partner.logo = SimpleUploadedFile("logo.png", image_bytes("PNG", (300, 200)))
    partner.save()
    SeedRecord.objects.create(key="precise", loaded_at=datetime(2026, 1, 2, 3, 4, 5, 678901, UTC))
    source_url = database_url(settings.DATABASES["default"]["NAME"])
    media = settings.MEDIA_ROOT
    private = tmp_path / "private"
    (private / "scans").mkdir(parents=True)
    (private / "scans" / "agreement.pdf").write_bytes(b"%PDF-1.7 signed scan")
    environment = {
        **os.environ,
        "DATABASE_URL": source_url,
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
    }
    backup = tmp_path / "backup"

    subprocess.run(["deploy/backup.sh", str(backup)], cwd=settings.BASE_DIR, env=environment,
                   check=True, capture_output=True)  # fmt: skip
    restored_media = tmp_path / "restored-media"
    restored_private = tmp_path / "restored-private"
    subprocess.run(
        ["deploy/restore.sh", str(backup)],
        cwd=settings.BASE_DIR,
        env={
            **environment,
            "DATABASE_URL": scratch_database,
            "MEDIA_ROOT": str(restored_media),
            "PRIVATE_MEDIA_ROOT": str(restored_private),
        },
        check=True,
        capture_output=True,
    )

    assert snapshot(scratch_database) == snapshot(source_url)
    assert checksums(restored_media) == checksums(media)
    assert len(checksums(media)) >= 7  # the logo and its six variants
    assert checksums(restored_private) == checksums(private)
    assert (restored_private / "scans" / "agreement.pdf").exists()


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="backup and restore use pg_dump: run with DATABASE_URL=postgres://...",
)
def test_backup_keeps_files_replaced_or_uploaded_while_it_runs(seeded, tmp_path, settings):
    media = settings.MEDIA_ROOT
    media.mkdir(parents=True, exist_ok=True)
    (media / "replaced.png").write_bytes(b"old logo")
    # Stands in for pg_dump: while it starts, an editor's save commits, so
    # the old logo is deleted and a new upload appears.
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    pg_dump = fake_bin / "pg_dump"
    pg_dump.write_text(
        "#!/bin/sh\n"
        f"rm {media / 'replaced.png'}\n"
        f"echo 'new logo' > {media / 'uploaded.png'}\n"
        f'exec {shutil.which("pg_dump")} "$@"\n'
    )
    pg_dump.chmod(0o755)
    environment = {
        **os.environ,
        "PATH": f"{fake_bin}:{os.environ['PATH']}",
        "DATABASE_URL": database_url(settings.DATABASES["default"]["NAME"]),
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    backup = tmp_path / "backup"

    subprocess.run(["deploy/backup.sh", str(backup)], cwd=settings.BASE_DIR, env=environment,
                   check=True, capture_output=True)  # fmt: skip

    with tarfile.open(backup / "media.tar.gz") as archive:
        names = {name.removeprefix("./") for name in archive.getnames()}
    assert {"replaced.png", "uploaded.png"} <= names


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="backup and restore use pg_dump: run with DATABASE_URL=postgres://...",
)
def test_backup_is_readable_by_its_owner_only_and_holds_no_live_session(
    seeded, tmp_path, settings, client, editor
):
    client.force_login(editor)
    session_key = client.cookies["sessionid"].value
    assert client.get("/en/admin/").status_code == 200
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(settings.DATABASES["default"]["NAME"]),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    backup = tmp_path / "backup"

    subprocess.run(["deploy/backup.sh", str(backup)], cwd=settings.BASE_DIR, env=environment,
                   check=True, capture_output=True)  # fmt: skip

    assert stat.S_IMODE(backup.stat().st_mode) == 0o700
    files = sorted(path.name for path in backup.iterdir())
    assert files == ["SHA256SUMS", "database.dump", "media.tar.gz", "private.tar.gz"]
    for path in backup.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    sessions = subprocess.run(
        ["pg_restore", "--data-only", "--table=django_session", "--file=-",
         str(backup / "database.dump")],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    everything = subprocess.run(["pg_restore", "--file=-", str(backup / "database.dump")],
                                check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert session_key not in sessions
    assert session_key not in everything
    assert "CREATE TABLE public.django_session" in everything
