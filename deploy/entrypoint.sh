#!/bin/sh
# Container start: bring the database schema and seed content up to date,
# then run the given command (gunicorn by default). Containers that start
# together queue on a PostgreSQL advisory lock, so this is safe to run in
# each. CI runs this same script against PostgreSQL, since no Docker engine
# is at hand there.
set -eu

python manage.py prepare_database

exec "$@"
