"""Checks that ``manage.py check --deploy`` runs before the portal goes live.

They are registered with ``deploy=True``, so a plain ``manage.py check`` (and
``runserver``, ``migrate`` and the test Makefile) never runs them.
"""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.db import DatabaseError


def _live_demo_articles():
    from articles.models import Article

    return Article.objects.published().filter(is_demo=True)


def _live_demo_conditions():
    from articles.models import Condition

    return Condition.objects.published().filter(is_demo=True)


def _live_demo_exercises():
    from exercises.models import Exercise

    return Exercise.objects.published().filter(is_demo=True)


def _live_demo_programme_templates():
    from exercises.models import ProgrammeTemplate

    return ProgrammeTemplate.objects.published().filter(is_demo=True)


def _live_demo_questionnaire():
    from triage.models import Questionnaire

    return Questionnaire.objects.published().filter(is_demo=True)


# What patients may see that is still the portal's sample content: (label, a
# callable returning a queryset of live demo items). Add a model here to have
# the deploy check count it too.
LIVE_DEMO_CONTENT = (
    ("articles", _live_demo_articles),
    ("conditions", _live_demo_conditions),
    ("exercises", _live_demo_exercises),
    ("exercise programme templates", _live_demo_programme_templates),
    ("triage questionnaire", _live_demo_questionnaire),
)


def count_live_demo_content() -> dict[str, int]:
    """How many live demo items each kind has, leaving out the kinds with none."""
    counts = {label: live_demo().count() for label, live_demo in LIVE_DEMO_CONTENT}
    return {label: count for label, count in counts.items() if count}


@register("content", deploy=True)
def check_live_demo_content(app_configs=None, **kwargs):
    """Warn while sample content is live in production (CLINICAL.md, "Demo honesty")."""
    if settings.DEBUG:
        return []
    try:
        counts = count_live_demo_content()
    except DatabaseError:
        # No database yet (or not migrated): nothing can be live, and a
        # deploy check must not stop the deploy for that.
        return []
    if not counts:
        return []
    total = sum(counts.values())
    details = ", ".join(f"{label}: {count}" for label, count in counts.items())
    return [
        Warning(
            f"{total} demo (sample content) item(s) are live with DEBUG off: {details}. "
            "Patients see “Sample content: not yet reviewed by a clinician” on them.",
            hint=(
                "In the admin, filter the lists by “Demo content: Yes”, then have a "
                "clinical reviewer approve each item or replace it with the clinic's own."
            ),
            id="portal.W010",
        )
    ]


PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
}


@register("caches", deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """The default cache must be shared by every worker: rate limits and cached
    handouts live there (page bodies use the per-process "local" cache, safely)."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or backend not in PER_PROCESS_CACHES:
        return []
    return [
        Warning(
            f"The default cache ({backend}) is not shared between worker processes.",
            hint=(
                "Leave CACHES as portal/settings.py sets it (the database cache, or "
                "Redis with REDIS_URL), so every worker sees the same state."
            ),
            id="portal.W011",
        )
    ]


@register("security", deploy=True)
def check_demo_staff_without_2fa(app_configs=None, **kwargs):
    """The demo switch that lets staff in with a password alone is for `make run` only."""
    if settings.DEBUG or not settings.DEMO_STAFF_WITHOUT_2FA:
        return []
    return [
        Error(
            "DJANGO_DEMO_STAFF_WITHOUT_2FA is on with DEBUG off: staff who approve or "
            "publish content, and those who manage accounts, sign in with a password alone.",
            hint="Unset DJANGO_DEMO_STAFF_WITHOUT_2FA; it is for `make run` on your own computer.",
            id="portal.E012",
        )
    ]


@register("translation", deploy=True)
def check_compiled_catalogues(app_configs=None, **kwargs):
    """Each language's interface catalogue is compiled and current. Without the
    .mo, Django falls back to English without a word: `/es/` pages then show
    an English interface around Spanish content."""
    from django.utils.translation import to_locale

    from portal.translations import is_current

    errors = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue  # the source language needs no catalogue
        pos = [
            Path(folder) / to_locale(code) / "LC_MESSAGES" / "django.po"
            for folder in settings.LOCALE_PATHS
        ]
        pos = [po for po in pos if po.exists()]
        if not pos:
            problem = f"There is no translation catalogue (django.po) for “{code}”."
        elif not all(is_current(po) for po in pos):
            problem = (
                f"The translation catalogue for “{code}” is not compiled, or is older than "
                f"its django.po: {', '.join(str(po) for po in pos)}."
            )
        else:
            continue
        errors.append(
            Error(
                problem,
                hint="Run `python manage.py compile_translations` on each deploy "
                "(see “Running it in production” in the README).",
                id="portal.E013",
            )
        )
    return errors


@register("media")
def check_media_configuration(app_configs=None, **kwargs):
    """Half-made object storage stops every command that checks (runserver, migrate):
    uploads would land on one server's disk, where the others never see them."""
    return [
        Error(
            problem,
            hint="See “Media on object storage” in the README.",
            id="portal.E014",
        )
        for problem in settings.MEDIA_PROBLEMS
    ]


@register("media", deploy=True)
def check_media_bucket(app_configs=None, **kwargs):
    """The bucket answers with these keys before the portal goes live, not at the
    first upload."""
    if not settings.MEDIA_BUCKET:
        return []
    from portal.media_check import bucket_problem

    problem = bucket_problem()
    if not problem:
        return []
    return [
        Error(
            problem,
            hint=(
                "Check DJANGO_S3_BUCKET, DJANGO_S3_ENDPOINT_URL, DJANGO_S3_REGION and the "
                "keys; the keys need s3:ListBucket, s3:GetObject, s3:PutObject and "
                "s3:DeleteObject (and s3:PutObjectAcl unless DJANGO_S3_ACLS=0)."
            ),
            id="portal.E015",
        )
    ]
