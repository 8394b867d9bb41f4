#!/bin/sh
# Back up the database (pg_dump custom format: exact types, sequences and
# all) and the uploaded media into one folder.
#   DATABASE_URL=postgres://... MEDIA_ROOT=/app/media deploy/backup.sh /backups/2026-11-28
set -eu
destination=${1:?usage: backup.sh DESTINATION_FOLDER}
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database}"
media=${MEDIA_ROOT:-media}

mkdir -p "$destination"
pg_dump --format=custom --no-owner --dbname="$DATABASE_URL" --file="$destination/database.dump"
mkdir -p "$media"
tar -C "$media" -czf "$destination/media.tar.gz" .
(cd "$destination" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "backup written to $destination"
