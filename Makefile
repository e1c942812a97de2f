# Two commands set up everything: `make demo` runs the site, `make test` runs all tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PYTEST_WORKERS ?= auto

.PHONY: demo test install translations messages lint format benchmarks load clean

$(INSTALLED): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(INSTALLED)

install: $(INSTALLED)

translations: install
	$(BIN)/python manage.py compile_translations

demo: translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: translations
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS)

# Updates the message catalogues after strings changed in code or templates.
messages: install
	$(BIN)/python manage.py makemessages --all --no-obsolete --no-location \
		--ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Figures, not pass/fail: prints queries per request and requests per second.
benchmarks: translations
	$(BIN)/python -m pytest tests/benchmarks -o python_files='bench_*.py' -p no:xdist -s -q

# Load test, not part of `make test`: two gunicorn instances, the task worker, PostgreSQL
# (127.0.0.1:5432, user postgres) and Redis (127.0.0.1:6379, database 5) under locust.
# LOAD_SECONDS shortens the run (default 60).
load: translations
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev,load]"
	$(BIN)/python tests/load/run.py

clean:
	rm -rf $(VENV) staticfiles
