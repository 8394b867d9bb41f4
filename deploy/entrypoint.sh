#!/bin/sh
# Container start: compile the interface translations, bring the database
# schema and seed content up to date, then run the given command (gunicorn
# by default). Containers that start together queue on a PostgreSQL
# advisory lock, so this is safe to run in each. CI runs this same script
# against PostgreSQL, since no Docker engine is at hand there.
set -eu

# The locale folder may be a volume that Rosetta (or a hand) wrote to: a
# catalogue with a translation that carries markup or placeholders its
# source lacks stops the start here, the entry named, and no .mo changes.
python manage.py compile_translations

python manage.py prepare_database

exec "$@"
