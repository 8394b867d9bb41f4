# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
INSTALLED := $(VENV)/.installed

.PHONY: run test lint format messages makemessages migrate seed demo clean bench backup restore drills drills-confirmed lighthouse screenshots

# The settings default to production; the developer's targets ask for
# development mode, for themselves and the steps they run first.
run test lint messages makemessages migrate seed demo: export DEBUG = true
run: $(INSTALLED) messages migrate seed
	$(MANAGE) runserver 127.0.0.1:8000

test: $(INSTALLED) messages
	$(BIN)/python -m pytest -n 2

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

$(INSTALLED): requirements.txt requirements-dev.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

# Compiles locale/*.po into .mo in pure Python (no GNU gettext needed).
messages: $(INSTALLED)
	$(MANAGE) compile_translations

# Collects new interface strings into the .po files (needs GNU gettext).
# Django's Uzbek admin gaps (translations/admin_strings_uz.py) go to Uzbek only.
MAKEMESSAGES := $(MANAGE) makemessages --ignore=.venv --ignore=staticfiles --no-location
makemessages: $(INSTALLED)
	$(MAKEMESSAGES) -l uz
	$(MAKEMESSAGES) -l ru --ignore=translations/admin_strings_uz.py

migrate: $(INSTALLED)
	$(MANAGE) migrate --noinput

seed: $(INSTALLED)
	$(MANAGE) load_seed

# Made-up demo content in the development database, for trying the site and
# screenshots (see README, Demo content); remove it with remove_demo_content.
demo: $(INSTALLED) messages migrate seed
	$(MANAGE) load_demo_content

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
	find . -name '*.mo' -path './locale/*' -delete

# Speed against the framework floor and nginx (installs wrk and nginx-light).
bench: $(INSTALLED)
	$(BIN)/python bench/run.py

# Lighthouse's scores for every public page type, phone and desktop, on a
# production-like site of its own (installs a pinned Lighthouse into .tools/
# from npm, and nginx-light); fails below 98 performance or 100 elsewhere.
# More: make lighthouse LIGHTHOUSE_ARGS="--runs 3 --languages uz ru en"
lighthouse: $(INSTALLED) messages
	$(BIN)/python bench/lighthouse.py $(LIGHTHOUSE_ARGS)

# docs/screenshots/: every public page type at 360, 768 and 1280 px, light
# and dark, from the same production-like site.
screenshots: $(INSTALLED) messages
	$(BIN)/python docs/screenshots.py

# PostgreSQL + media backup and restore (see README): BACKUP_DIR=/path
backup:
	deploy/backup.sh $(BACKUP_DIR)

restore:
	deploy/restore.sh $(BACKUP_DIR)

# Reliability drills against the local PostgreSQL: they restart it, cutting
# off every other database user on this machine, so they run only when asked
# by name: DRILLS_MAY_RESTART_POSTGRESQL=yes make drills
drills: drills-confirmed $(INSTALLED)
	DRILLS_MAY_RESTART_POSTGRESQL=yes $(BIN)/python bench/drills.py

drills-confirmed:
	@if [ "$(DRILLS_MAY_RESTART_POSTGRESQL)" != yes ]; then \
		echo "make drills restarts this machine's PostgreSQL cluster (15/main)."; \
		echo "Run it only where that is fine: DRILLS_MAY_RESTART_POSTGRESQL=yes make drills"; \
		exit 1; \
	fi
