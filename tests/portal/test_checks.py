"""Deploy checks: portal.W010 (demo content still live with DEBUG off),
portal.W011 (a per-process cache), portal.E012 (demo sign-in without 2FA),
portal.E013 (an interface catalogue not compiled)."""

import io

import pytest
from django.core.checks import ERROR, run_checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import OperationalError, ProgrammingError

from articles.models import Article, Status
from portal import checks
from tests.factories import (
    ArticleFactory,
    ConditionFactory,
    ExerciseFactory,
    ProgrammeTemplateFactory,
)

pytestmark = pytest.mark.django_db


def w010(**kwargs):
    return [m for m in checks.check_live_demo_content(**kwargs) if m.id == "portal.W010"]


@pytest.fixture
def production(settings):
    settings.DEBUG = False


def test_warns_while_demo_items_are_live_with_debug_off(production):
    ArticleFactory(published=True, is_demo=True)
    ArticleFactory(published=True, is_demo=True)
    ConditionFactory(published=True, is_demo=True)
    ArticleFactory(published=True)  # the clinic's own: not counted
    ArticleFactory(is_demo=True)  # a demo draft is not live: not counted
    (warning,) = w010()
    assert warning.msg.startswith("3 demo (sample content) item(s) are live")
    assert "articles: 2, conditions: 1" in warning.msg
    assert "Demo content: Yes" in warning.hint and "approve" in warning.hint


def test_live_demo_exercises_and_templates_are_counted(production, image_storage):
    exercise = ExerciseFactory(published=True, is_demo=True)
    ProgrammeTemplateFactory(published=True, is_demo=True, exercises=[exercise])
    ProgrammeTemplateFactory(is_demo=True)  # a draft: not counted
    (warning,) = w010()
    assert "exercises: 1, exercise programme templates: 1" in warning.msg


def test_the_loaded_demo_content_is_counted(production, demo):
    (warning,) = w010()
    live = Article.objects.published().count()
    assert f"articles: {live}," in warning.msg
    assert "triage questionnaire: 1" in warning.msg


def test_publishing_the_questionnaire_through_review_ends_its_demo_status(
    production, demo, reviewer
):
    from triage import services as triage_services

    draft = triage_services.questionnaire_clone(
        questionnaire=triage_services.published_questionnaire()
    )
    triage_services.questionnaire_publish(questionnaire=draft, user=reviewer)
    assert "triage questionnaire" not in w010()[0].msg


def test_silent_when_no_demo_item_is_live(production, reviewer):
    ArticleFactory(is_demo=True, status=Status.ARCHIVED)
    ConditionFactory(is_demo=True, status=Status.REVIEW)
    ArticleFactory(published=True)
    approved = ArticleFactory(published=True, is_demo=True)
    from publishing import services

    services.publishable_transition(item=approved, name="confirm_review", user=reviewer)
    assert w010() == []


def test_silent_with_debug_on(settings):
    settings.DEBUG = True
    ArticleFactory(published=True, is_demo=True)
    assert w010() == []


@pytest.mark.parametrize("error", [OperationalError, ProgrammingError])
def test_an_unreachable_or_unmigrated_database_is_skipped(production, monkeypatch, error):
    def broken():
        raise error("no database")

    monkeypatch.setattr(checks, "LIVE_DEMO_CONTENT", (("articles", broken),))
    assert w010() == []


def test_more_kinds_of_content_can_be_counted(production, monkeypatch):
    ArticleFactory(published=True, is_demo=True)
    more = (*checks.LIVE_DEMO_CONTENT, ("questionnaires", lambda: Article.objects.all()))
    monkeypatch.setattr(checks, "LIVE_DEMO_CONTENT", more)
    (warning,) = w010()
    assert "2 demo" in warning.msg and "articles: 1, questionnaires: 1" in warning.msg


def test_runs_with_check_deploy_only(production):
    ArticleFactory(published=True, is_demo=True)
    assert "portal.W010" not in {m.id for m in run_checks()}
    assert "portal.W010" in {m.id for m in run_checks(include_deployment_checks=True)}
    out, err = io.StringIO(), io.StringIO()
    call_command("check", deploy=True, fail_level="CRITICAL", stdout=out, stderr=err)
    assert "portal.W010" in out.getvalue() + err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    call_command("check", fail_level="CRITICAL", stdout=out, stderr=err)
    assert "portal.W010" not in out.getvalue() + err.getvalue()


def test_a_per_process_default_cache_is_refused_in_production(production, settings):
    """portal.W011: rate limits and cached handouts must be shared by every worker."""
    assert checks.check_shared_cache() == []  # the settings' own choice: the database cache
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    assert [m.id for m in checks.check_shared_cache()] == ["portal.W011"]
    settings.DEBUG = True
    assert checks.check_shared_cache() == []


def test_the_demo_sign_in_without_two_factor_is_refused_in_production(production, settings):
    """portal.E012: `make run`'s switch must never reach a clinic's server."""
    assert checks.check_demo_staff_without_2fa() == []
    settings.DEMO_STAFF_WITHOUT_2FA = True
    (error,) = checks.check_demo_staff_without_2fa()
    assert error.id == "portal.E012" and error.level == ERROR
    assert "DJANGO_DEMO_STAFF_WITHOUT_2FA" in error.msg
    # `check --deploy` fails on it; a plain `check` (the test Makefile's) does not run it.
    with pytest.raises(SystemCheckError, match="portal.E012"):
        call_command("check", deploy=True, stdout=io.StringIO(), stderr=io.StringIO())
    call_command("check", fail_level="WARNING", stdout=io.StringIO(), stderr=io.StringIO())
    settings.DEBUG = True
    assert checks.check_demo_staff_without_2fa() == []


def test_make_run_turns_the_demo_sign_in_on():
    from pathlib import Path

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    (dev_env,) = [line for line in makefile.splitlines() if line.startswith("DEV_ENV :=")]
    assert "DJANGO_DEMO_STAFF_WITHOUT_2FA=1" in dev_env
    (test_env_start,) = [
        i for i, line in enumerate(makefile.splitlines()) if line.startswith("TEST_ENV :=")
    ]
    assert "2FA" not in " ".join(makefile.splitlines()[test_env_start : test_env_start + 4])


def test_a_catalogue_missing_or_older_than_its_po_fails_check_deploy(
    production, settings, tmp_path
):
    """portal.E013: a server set up without compile_translations serves /es/ in English."""
    from portal.translations import LOCALE_DIR, compile_catalogues

    po = tmp_path / "es" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_bytes((LOCALE_DIR / "es" / "LC_MESSAGES" / "django.po").read_bytes())
    settings.LOCALE_PATHS = [tmp_path]
    (error,) = checks.check_compiled_catalogues()  # no .mo at all
    assert error.id == "portal.E013" and error.level == ERROR
    assert "“es”" in error.msg and "compile_translations" in error.hint
    with pytest.raises(SystemCheckError, match="portal.E013"):
        call_command("check", deploy=True, stdout=io.StringIO(), stderr=io.StringIO())
    compile_catalogues([tmp_path])
    assert checks.check_compiled_catalogues() == []
    # A .po edited after the last compile: the .mo is out of date.
    po.write_text(po.read_text() + '\nmsgid "A new interface text"\nmsgstr "Un texto nuevo"\n')
    assert [e.id for e in checks.check_compiled_catalogues()] == ["portal.E013"]
    po.unlink()
    (error,) = checks.check_compiled_catalogues()
    assert "no translation catalogue" in error.msg


def test_the_shipped_catalogues_pass_once_compiled(production):
    assert checks.check_compiled_catalogues() == []


def test_the_readmes_production_steps_compile_the_catalogues():
    """A server set up from the README alone must get the .mo files."""
    from django.conf import settings as django_settings

    readme = (django_settings.BASE_DIR / "README.md").read_text()
    section = readme.split("## Running it in production", 1)[1].split("\n## ", 1)[0]
    for step in ("manage.py migrate", "manage.py collectstatic", "manage.py compile_translations"):
        assert step in section, step
