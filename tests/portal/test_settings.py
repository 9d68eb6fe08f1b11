"""The portal refuses unsafe production starts (checked in fresh processes)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT_DB = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DATABASES['default']['ENGINE'])"
)
# What gunicorn does: load the WSGI application.
SERVE = "import portal.wsgi"


def bare_environment(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return {**clean, **env, "DJANGO_SETTINGS_MODULE": "portal.settings"}


def run_python(code, **env):
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=bare_environment(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def run_settings(**env):
    return run_python(PRINT_DB, **env)


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(SERVE, DJANGO_ALLOWED_HOSTS="clinic.example")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_python(SERVE, DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is not set" in result.stderr


def test_debug_run_defaults_to_sqlite():
    result = run_settings(DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    result = run_settings(
        DJANGO_DEBUG="1", DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal"
    )
    assert result.stdout.strip() == "django.db.backends.postgresql"


def test_production_starts_with_a_key_and_hosts():
    result = run_python(SERVE, DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="clinic.example")
    assert result.returncode == 0, result.stderr


def test_runserver_refuses_without_hosts_in_production():
    result = subprocess.run(
        [sys.executable, "manage.py", "runserver", "--noreload", "127.0.0.1:8799"],
        cwd=ROOT,
        env=bare_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_code_only_commands_work_without_production_settings():
    """makemigrations needs no secrets: a developer can run it with a bare environment."""
    result = run_python(
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'makemigrations', '--check', '--dry-run'])",
        DATABASE_URL="sqlite://:memory:",
    )
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout
