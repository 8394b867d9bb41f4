#!/bin/sh
# Restore a folder written by backup.sh: the database replaces what is in
# DATABASE_URL, the media folder is replaced by the saved one.
#   DATABASE_URL=postgres://... MEDIA_ROOT=/app/media deploy/restore.sh /backups/2026-11-28
set -eu
source=${1:?usage: restore.sh BACKUP_FOLDER}
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database}"
media=${MEDIA_ROOT:-media}

(cd "$source" && sha256sum --check --quiet SHA256SUMS)
pg_restore --clean --if-exists --no-owner --single-transaction \
  --dbname="$DATABASE_URL" "$source/database.dump"
mkdir -p "$media"
find "$media" -mindepth 1 -delete
tar -C "$media" -xzf "$source/media.tar.gz"
echo "restored from $source"
