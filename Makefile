# Knee Clinic Portal. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The test database server; pytest-django creates and drops test_portal on it.
DATABASE_URL_TEST ?= postgres://postgres@127.0.0.1:5432/portal
CHROMIUM ?= /usr/bin/chromium
# `make bench` drops and re-creates this database.
DATABASE_URL_BENCH ?= postgres://postgres@127.0.0.1:5432/portal_bench
# `make bench-scale` drops and re-creates this one.
DATABASE_URL_BENCH_SCALE ?= postgres://postgres@127.0.0.1:5432/portal_bench_scale
# An existing Redis for `make bench-scale` (e.g. redis://127.0.0.1:6379/0);
# empty: it starts a private redis-server of its own, so no one else's keys
# mix with its own, and nothing is left behind.
REDIS_URL_BENCH_SCALE ?=
# Debian packages: WeasyPrint's text layout (Pango) and fonts for the PDF
# handouts; poppler's pdftoppm for the tests that look at rendered pages.
RUN_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
# wrk loads gunicorn from a second process in `make bench`.
BENCH_PACKAGES := $(RUN_PACKAGES) wrk
# `make bench-scale`: HAProxy balances two gunicorn servers that share a Redis
# and an S3 bucket for media (moto's server, from requirements-dev.txt).
BENCH_SCALE_PACKAGES := $(BENCH_PACKAGES) haproxy redis-server
# tests/bench/test_scale.py runs a small `make bench-scale` setup.
TEST_PACKAGES := $(RUN_PACKAGES) poppler-utils wrk haproxy redis-server

# Tests run with production settings (DEBUG off) but over plain HTTP.
TEST_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=test-only-not-secret \
	DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1,testserver \
	DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SESSION_COOKIE_SECURE=0 \
	DJANGO_CSRF_COOKIE_SECURE=0 DJANGO_SECURE_HSTS_SECONDS=0
# The demo staff of `make run` sign in with a password alone (no authenticator app).
DEV_ENV := DJANGO_DEBUG=1 DJANGO_DEMO_STAFF_WITHOUT_2FA=1
# `make run PORT=8001` when 8000 is taken.
PORT ?= 8000

.PHONY: help run test test-fast smoke messages bench bench-scale lint format check-postgres chromium run-packages test-packages bench-packages bench-scale-packages clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

run: $(VENV)/.installed run-packages ## Serve the portal with demo content on http://127.0.0.1:8000 (SQLite unless DATABASE_URL is set)
	$(DEV_ENV) $(PY) manage.py compile_translations -v 0
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_demo_content --demo-passwords
	@# The logins are printed once the server answers, after its banner.
	$(DEV_ENV) $(PY) manage.py demo_logins --wait-for http://127.0.0.1:$(PORT)/healthz & \
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev chromium test-packages check-postgres ## Run everything: checks, lint, the whole suite on PostgreSQL (browser included), SQLite smoke run
	$(TEST_ENV) DATABASE_URL=$(DATABASE_URL_TEST) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) DATABASE_URL=sqlite://:memory: $(PY) manage.py makemigrations --check --dry-run
	$(MAKE) --no-print-directory lint
	$(TEST_ENV) $(PY) manage.py compile_translations -v 0
	$(TEST_ENV) DATABASE_URL=$(DATABASE_URL_TEST) $(PY) -m pytest --create-db
	$(MAKE) --no-print-directory smoke

test-fast: $(VENV)/.installed-dev test-packages check-postgres ## Quick loop: the suite without browser tests
	$(TEST_ENV) $(PY) manage.py compile_translations -v 0
	$(TEST_ENV) DATABASE_URL=$(DATABASE_URL_TEST) $(PY) -m pytest -m "not browser" $(ARGS)

smoke: $(VENV)/.installed-dev ## On a throwaway SQLite file: migrate, load demo content twice, fetch the public pages
	@set -e; dir=$$(mktemp -d); trap 'rm -rf "$$dir"' EXIT; \
	export DATABASE_URL="sqlite:///$$dir/smoke.sqlite3"; \
	$(TEST_ENV) $(PY) manage.py compile_translations -v 0; \
	$(TEST_ENV) $(PY) manage.py migrate --noinput -v 0; \
	$(TEST_ENV) $(PY) manage.py load_demo_content; \
	$(TEST_ENV) $(PY) manage.py load_demo_content; \
	$(TEST_ENV) $(PY) -m pytest -m smoke -p no:cacheprovider -q

# makemessages needs GNU gettext's xgettext and msgmerge (Debian's gettext), for
# whoever changes the texts; compiling does not (compile_translations, polib).
messages: $(VENV)/.installed-dev ## Update locale/*/LC_MESSAGES/django.po from the code and templates (needs GNU gettext)
	@$(call debian_packages,gettext)
	DJANGO_DEBUG=1 $(PY) manage.py makemessages --all --add-location file --no-obsolete \
	  --ignore '.venv/*' --ignore 'tests/*' --ignore 'bench/*' --ignore 'node_modules/*' --ignore 'staticfiles/*'
	DJANGO_DEBUG=1 $(PY) manage.py compile_translations

bench: $(VENV)/.installed-dev bench-packages check-postgres ## Benchmarks on a throwaway PostgreSQL database: handout, search over 10,000 articles, a 12-megapixel photo's renditions, gunicorn under wrk
	@$(call recreate_database,$(DATABASE_URL_BENCH))
	$(TEST_ENV) DATABASE_URL=$(DATABASE_URL_BENCH) DJANGO_SETTINGS_MODULE=portal.settings $(PY) -W ignore -m bench.handouts
	$(TEST_ENV) DATABASE_URL=$(DATABASE_URL_BENCH) DJANGO_SETTINGS_MODULE=portal.settings $(PY) -W ignore -m bench.search
	$(TEST_ENV) DATABASE_URL=$(DATABASE_URL_BENCH) DJANGO_SETTINGS_MODULE=portal.settings $(PY) -W ignore -m bench.images
	DATABASE_URL=$(DATABASE_URL_BENCH) $(PY) -W ignore -m bench.http

bench-scale: $(VENV)/.installed-dev bench-scale-packages check-postgres ## Two gunicorn servers behind HAProxy sharing Redis and an S3 bucket (moto) on a throwaway database: a mixed wrk load, then one server alone (BENCH_SECONDS=30)
	@$(call recreate_database,$(DATABASE_URL_BENCH_SCALE))
	DATABASE_URL=$(DATABASE_URL_BENCH_SCALE) BENCH_REDIS_URL=$(REDIS_URL_BENCH_SCALE) $(PY) -W ignore -m bench.scale

# Drop and create the database of a URL (a benchmark's throwaway one).
define recreate_database
$(PY) -c "import dj_database_url, psycopg2; c = dj_database_url.parse('$(1)'); conn = psycopg2.connect(host=c['HOST'], port=c['PORT'] or 5432, user=c['USER'], password=c['PASSWORD'], dbname='postgres'); conn.autocommit = True; cur = conn.cursor(); cur.execute('DROP DATABASE IF EXISTS ' + c['NAME']); cur.execute('CREATE DATABASE ' + c['NAME'])"
endef

lint: $(VENV)/.installed-dev ## ruff lint and format check; import-linter contracts (which app may import which)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: $(VENV)/.installed-dev ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check-postgres: $(VENV)/.installed-dev
	@$(PY) -c "import dj_database_url, psycopg2; c = dj_database_url.parse('$(DATABASE_URL_TEST)'); psycopg2.connect(host=c['HOST'], port=c['PORT'] or 5432, user=c['USER'], password=c['PASSWORD'], dbname='postgres', connect_timeout=5).close()" 2>/dev/null || { \
	  echo "ERROR: PostgreSQL is not reachable at $(DATABASE_URL_TEST)."; \
	  echo "Start it (Debian): pg_ctlcluster --skip-systemctl-redirect 15 main start"; \
	  echo "or point DATABASE_URL_TEST at a server where the user may create databases."; \
	  exit 1; }

run-packages:
	@$(call debian_packages,$(RUN_PACKAGES))

test-packages:
	@$(call debian_packages,$(TEST_PACKAGES))

bench-packages:
	@$(call debian_packages,$(BENCH_PACKAGES))

bench-scale-packages:
	@$(call debian_packages,$(BENCH_SCALE_PACKAGES))

# Install the Debian packages that are missing (apt-get update first, once).
# Another apt or dpkg (unattended upgrades, a second `make`) may hold Debian's
# package lock: wait for it (DPkg::Lock::Timeout), and try `update` again.
APT_GET := DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600
define apt_install
for attempt in 1 2 3 4 5 6 7 8 9 10; do \
  $(APT_GET) update -qq && $(APT_GET) install -y -qq --no-install-recommends $(1) >/dev/null && break; \
  if [ $$attempt = 10 ]; then exit 1; fi; \
  echo "apt-get could not run (is another install running?); trying again in 15 s"; sleep 15; \
done
endef

define debian_packages
missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
if [ -n "$$missing" ]; then \
  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
    echo "Installing Debian packages:$$missing"; \
    $(call apt_install,$$missing); \
  else \
    echo "ERROR: missing Debian packages:$$missing. Install them: apt-get update && apt-get install$$missing"; exit 1; \
  fi; \
fi
endef

chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    $(call apt_install,chromium fonts-dejavu-core); \
	  fi; \
	fi; \
	test -x "$(CHROMIUM)" || { echo "ERROR: $(CHROMIUM) is missing. Install it: apt-get update && apt-get install chromium"; exit 1; }

clean: ## Remove the virtualenv, the local SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
