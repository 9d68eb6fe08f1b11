"""The import-linter contracts (``.importlinter``) hold,
and a deliberately wrong import breaks them.

The wrong imports are made in a copy of our apps in a temporary directory,
checked with the project's own contract file.
"""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "portal",
    "api",
    "search",
    "triage",
    "handouts",
    "exercises",
    "articles",
    "images",
    "publishing",
    "accounts",
    "audit",
    "clinic",
]
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint(where: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [LINT_IMPORTS, str(ROOT / ".importlinter"), "--no-cache"],
        cwd=where,
        env={"PYTHONPATH": str(where), "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def copy_of_the_apps(tmp_path):
    for app in APPS:
        shutil.copytree(ROOT / app, tmp_path / app, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_the_project_keeps_its_contracts():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def test_an_unchanged_copy_keeps_them_too(copy_of_the_apps):
    assert lint(copy_of_the_apps).returncode == 0


@pytest.mark.parametrize(
    ("module", "wrong_import", "broken"),
    [
        # A lower layer importing a higher one.
        ("clinic/models.py", "from articles.models import Article", "clinic.models -> articles"),
        ("publishing/workflow.py", "import handouts.pdf", "publishing.workflow -> handouts.pdf"),
        ("accounts/policy.py", "import publishing.workflow", "accounts.policy -> publishing"),
        ("clinic/roles.py", "import accounts.policy", "clinic.roles -> accounts.policy"),
        # The audit trail sits below publishing, above clinic.
        ("audit/receivers.py", "import publishing.models", "audit.receivers -> publishing.models"),
        ("clinic/roles.py", "import audit.recording", "clinic.roles -> audit.recording"),
        # The image library sits below articles, above publishing.
        ("images/usage.py", "import articles.models", "images.usage -> articles.models"),
        ("publishing/richtext.py", "import images.selectors", "publishing.richtext -> images"),
        # Exercises sit above articles (they link conditions) and below handouts.
        ("articles/views.py", "import exercises.models", "articles.views -> exercises.models"),
        ("exercises/models.py", "import handouts.pdf", "exercises.models -> handouts.pdf"),
        # Search and triage are independent of each other.
        ("triage/views.py", "from search import query", "triage.views -> search.query"),
        # The API sits below portal only, and beside search.
        ("articles/views.py", "import api.views", "articles.views -> api.views"),
        ("triage/services.py", "import api.serializers", "triage.services -> api.serializers"),
        ("api/views.py", "from search import query", "api.views -> search.query"),
        # The triage engine stays plain Python.
        ("triage/engine.py", "import django.db", "triage.engine -> django (l."),
        # Selectors only read: no writes, no views, admin or forms.
        ("triage/selectors.py", "import triage.services", "triage.selectors -> triage.services"),
        ("articles/selectors.py", "import articles.views", "articles.selectors -> articles.views"),
        (
            "articles/selectors.py",
            "import articles.admin.translation",
            "articles.selectors -> articles.admin.translation",
        ),
        ("triage/selectors.py", "import triage.forms", "triage.selectors -> triage.forms"),
        # Template tags never query: they call selectors.
        (
            "articles/templatetags/translations.py",
            "from articles.models import Article",
            "articles.templatetags.translations -> articles.models",
        ),
        (
            "publishing/templatetags/printed_links.py",
            "import publishing.models",
            "publishing.templatetags.printed_links -> publishing.models",
        ),
        (
            "clinic/templatetags/phone_links.py",
            "from clinic.models import ClinicSettings",
            "clinic.templatetags.phone_links -> clinic.models",
        ),
    ],
)
def test_a_wrong_import_breaks_a_contract(copy_of_the_apps, module, wrong_import, broken):
    path = copy_of_the_apps / module
    path.write_text(path.read_text() + f"\n{wrong_import}  # deliberately wrong\n")
    result = lint(copy_of_the_apps)
    assert result.returncode == 1
    assert "1 broken" in result.stdout
    assert broken in result.stdout, result.stdout


def test_no_module_over_400_lines_outside_migrations_and_demo_content():
    long = [
        f"{path.relative_to(ROOT)}: {lines}"
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and "demo" not in path.parts
        for lines in [len(path.read_text().splitlines())]
        if lines > 400
    ]
    assert long == []


def database_imports(source: str) -> list[str]:
    """The modules of ``django.db`` that ``source`` imports itself."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [name for name in names if name == "django.db" or name.startswith("django.db.")]
    return found


def test_template_tags_never_import_the_database_layer():
    """import-linter cannot name ``django.db`` (it sees external packages whole),
    so the tags' own imports are read here."""
    tags = [path for app in APPS for path in (ROOT / app).glob("templatetags/*.py")]
    assert len(tags) >= 5
    found = {str(path.relative_to(ROOT)): database_imports(path.read_text()) for path in tags}
    assert {path: modules for path, modules in found.items() if modules} == {}


@pytest.mark.parametrize(
    "source",
    ["from django.db.models import Q", "import django.db", "from django.db import connection"],
)
def test_a_database_import_in_a_tag_is_seen(source):
    assert database_imports(f"from django import template\n{source}\n") != []
