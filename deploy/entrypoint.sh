#!/bin/sh
# Container start: bring the database schema and seed content up to date,
# then run the given command (gunicorn by default). CI runs this same script
# against PostgreSQL, since no Docker engine is at hand there.
set -eu

python manage.py migrate --noinput
python manage.py load_seed

exec "$@"
