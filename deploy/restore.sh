#!/bin/sh
# Restore a folder written by backup.sh: the database replaces what is in
# DATABASE_URL, the media and private folders are replaced by the saved ones
# (a backup made before private files were saved leaves that folder as is).
#   DATABASE_URL=postgres://... MEDIA_ROOT=/app/media PRIVATE_MEDIA_ROOT=/app/private \
#     deploy/restore.sh /backups/2026-11-28
set -eu
source=${1:?usage: restore.sh BACKUP_FOLDER}
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database}"
media=${MEDIA_ROOT:-media}
private=${PRIVATE_MEDIA_ROOT:-var/private}

(cd "$source" && sha256sum --check --quiet SHA256SUMS)
pg_restore --clean --if-exists --no-owner --single-transaction \
  --dbname="$DATABASE_URL" "$source/database.dump"
mkdir -p "$media"
find "$media" -mindepth 1 -delete
tar -C "$media" -xzf "$source/media.tar.gz"
if [ -f "$source/private.tar.gz" ]; then
  mkdir -p "$private"
  find "$private" -mindepth 1 -delete
  tar -C "$private" -xzf "$source/private.tar.gz"
fi
echo "restored from $source"
