"""An item's workflow state is written only by the workflow's services.

Every change of ``status`` must go through ``publishing/services.py``, which
checks the transition table, logs a ``WorkflowEvent``, records an audit event and
moves the version on. This test reads the source of our apps (not migrations,
not tests) and fails on any other assignment of a ``status``.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["accounts", "api", "articles", "audit", "clinic", "handouts", "portal", "publishing"]
APPS += ["search", "triage"]
ALLOWED = {
    # The one writer of a publishable item's state.
    "publishing/services.py": "the editorial workflow",
    # A triage questionnaire is a different model with its own states
    # (draft, published, retired) and its own services file.
    "triage/services.py": "the questionnaire's own publishing",
    # The shipped questionnaire is loaded as published; the work on triage
    # defaults as versioned data moves this write into triage's loader service.
    "triage/demo.py": "the shipped questionnaire (triage, not a publishable item)",
}
# Calls that write the keyword arguments they are given.
WRITING_CALLS = {"create", "update", "get_or_create", "update_or_create"}


def status_writes(tree: ast.AST) -> list[int]:
    """Line numbers of the writes of a ``status`` in one module."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr == "status" for t in targets):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in WRITING_CALLS and any(k.arg == "status" for k in node.keywords):
                lines.append(node.lineno)
            elif name == "setattr" and _names_status(node.args[1:2]):
                lines.append(node.lineno)
    return sorted(lines)


def _names_status(args) -> bool:
    return any(isinstance(a, ast.Constant) and a.value == "status" for a in args)


def our_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path.relative_to(ROOT).as_posix(), path


def test_status_is_written_only_by_the_workflow_services():
    found = [
        f"{name}:{line}"
        for name, path in our_modules()
        if name not in ALLOWED
        for line in status_writes(ast.parse(path.read_text(), filename=name))
    ]
    assert found == []


def test_the_check_finds_each_kind_of_write():
    source = """
item.status = "published"
Article.objects.filter(pk=1).update(status="review")
Article.objects.create(title="x", status="draft")
setattr(item, "status", "archived")
response = HttpResponse(status=400)
"""
    assert status_writes(ast.parse(source)) == [2, 3, 4, 5]


def test_the_allowed_files_exist_and_write_status():
    # An allowance for a file that no longer writes a status would hide nothing: drop it.
    for name in ALLOWED:
        assert status_writes(ast.parse((ROOT / name).read_text())), name
