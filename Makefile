# `make run` and `make test` set up everything they need on a machine with Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# The suite runs in one process per core (pytest-xdist; each has its own test database,
# queues and ports); `make test PYTEST_ARGS=` runs it in one.
PYTEST_ARGS ?= -n auto

.DEFAULT_GOAL := help
.PHONY: help install run setup test lint format migrations messages lock shell clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the platform's and the tests' pinned requirements

setup: install ## Migrate, compile translations, collect static files, seed demo data
	$(MANAGE) migrate --noinput
	$(MANAGE) compiletranslations
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) seed_demo --with-users

run: setup ## Run the platform (web, Celery worker and beat) with demo data on http://127.0.0.1:8000
	$(MANAGE) runplatform

test: install ## Run the whole test suite (SQLite, or DATABASE_URL / REDIS_URL when set)
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) compiletranslations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install ## Check style with ruff and types with mypy (django-stubs; pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations: install ## Make migrations after a model change
	$(MANAGE) makemigrations

messages: install ## Extract translatable strings into locale/*/django.po (needs gettext)
	$(MANAGE) makemessages --locale lt --locale nb --ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --no-obsolete
	$(MANAGE) librarymessages

PIP_COMPILE := $(BIN)/pip-compile --quiet --strip-extras --generate-hashes --no-header --no-emit-index-url --no-emit-find-links

lock: install ## Recompile requirements.txt and requirements-dev.txt (pinned, with hashes)
	$(BIN)/python -m pip install --quiet pip-tools
	$(PIP_COMPILE) -o requirements.txt requirements.in
	$(PIP_COMPILE) -o requirements-dev.txt requirements-dev.in

shell: install ## Open a Django shell
	$(MANAGE) shell

clean: ## Remove the local database, media, mail and broker files under var/
	rm -rf var/
