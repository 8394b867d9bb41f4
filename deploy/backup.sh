#!/bin/sh
# Back up the database (pg_dump custom format: exact types, sequences and
# all; no sessions), the uploaded media and the private files (agreement
# scans) into one folder, readable by its owner only (files 0600 in a 0700
# folder).
#   DATABASE_URL=postgres://... MEDIA_ROOT=/app/media PRIVATE_MEDIA_ROOT=/app/private \
#     deploy/backup.sh /backups/2026-11-28
#
# The site keeps running meanwhile, and a replaced image's old file is
# deleted once the save commits. So the media go first: every file the dump
# can name either was in the folder then or arrived before the dump began,
# and those arrivals are added after it.
set -eu
destination=${1:?usage: backup.sh DESTINATION_FOLDER}
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database}"
media=${MEDIA_ROOT:-media}
private=${PRIVATE_MEDIA_ROOT:-var/private}

# tar exits 1 when a file vanished or changed while it read it: a file
# deleted during the backup is named by no row of the dump, so that is fine.
tolerate_changes() { "$@" || [ "$?" -eq 1 ]; }

mkdir -p "$media" "$private"
# The dump holds every account's password hash: only the owner reads it.
umask 077
mkdir -p "$destination"
chmod 700 "$destination"
started=$(date +%s)
tolerate_changes tar -C "$media" --warning=no-file-changed --warning=no-file-removed \
  -cf "$destination/media.tar" .
tolerate_changes tar -C "$private" --warning=no-file-changed --warning=no-file-removed \
  -cf "$destination/private.tar" .
# Sessions are left out (the table, not its rows): a live session key in a
# backup opens the admin as its user, and a restore signs everyone out anyway.
pg_dump --format=custom --no-owner --exclude-table-data=django_session \
  --dbname="$DATABASE_URL" --file="$destination/database.dump"
# Uploads that arrived while tar ran (one second of overlap; a file already
# stored is stored again, which restoring tolerates).
tolerate_changes tar -C "$media" --warning=no-file-changed --warning=no-file-removed \
  --newer-mtime="@$started" -rf "$destination/media.tar" .
tolerate_changes tar -C "$private" --warning=no-file-changed --warning=no-file-removed \
  --newer-mtime="@$started" -rf "$destination/private.tar" .
gzip --force "$destination/media.tar" "$destination/private.tar"
(cd "$destination" && sha256sum database.dump media.tar.gz private.tar.gz > SHA256SUMS)
chmod 600 "$destination/database.dump" "$destination/media.tar.gz" \
  "$destination/private.tar.gz" "$destination/SHA256SUMS"
echo "backup written to $destination"
