"""The transition table is the only place that lists the
workflow's states and permissions; services, buttons and bulk actions follow it."""

import re
from pathlib import Path

import pytest
from django.test import RequestFactory

from articles.admin.article import ArticleAdmin
from articles.models import Article, Status
from publishing import workflow
from tests.factories import ArticleFactory

ROOT = Path(__file__).resolve().parents[2]


# Every module that works with articles and conditions. (The triage
# questionnaire's versions have their own publishing, in triage/services.py.)
RUNTIME_MODULES = sorted(
    str(path.relative_to(ROOT))
    for app in ("clinic", "publishing", "articles", "search", "handouts", "portal")
    for path in (ROOT / app).rglob("*.py")
    if "migrations" not in path.parts
    and "demo" not in path.name
    and path.name != "workflow.py"
    and not (app == "publishing" and path.parent.name == "models")
)


@pytest.mark.parametrize("path", RUNTIME_MODULES)
def test_no_other_module_lists_workflow_states_or_permissions(path):
    source = (ROOT / path).read_text()
    # Only "is it live?" may be asked outside the table.
    states = re.findall(r"\bStatus\.(DRAFT|REVIEW|APPROVED|ARCHIVED)", source)
    assert states == [], states
    assert not re.search(r"has_perm\(f?\"[^\"]*(review|publish)", source)


def _admin_for(user):
    from django.contrib.admin.sites import site

    request = RequestFactory().get("/admin/articles/article/")
    request.user = user
    return ArticleAdmin(Article, site), request


@pytest.mark.parametrize("role", ["author", "reviewer", "publisher"])
def test_bulk_actions_are_generated_from_the_table(request, role):
    user = request.getfixturevalue(role)
    admin, http_request = _admin_for(user)
    actions = set(admin.get_actions(http_request)) - {"delete_selected"}
    expected = {
        t.name
        for t in workflow.TRANSITIONS
        if not (t.needs_comment or t.destructive) and admin._may_ever(http_request, t)
    }
    assert actions == expected
    assert expected  # every role has something to do


@pytest.mark.parametrize("state", [Status.DRAFT, Status.REVIEW, Status.APPROVED])
def test_buttons_are_the_transitions_the_table_allows(client, author, reviewer, publisher, state):
    article = ArticleFactory(author=author, status=state, submitted_by=author)
    for user in (author, reviewer, publisher):
        client.force_login(user)
        response = client.get(f"/admin/articles/article/{article.pk}/change/")
        shown = [t.name for t in response.context["transitions"]]
        assert shown == [t.name for t in workflow.available(article, None, user)]
        for transition in workflow.TRANSITIONS:
            assert (f">{transition.label}<" in response.content.decode()) == (
                transition.name in shown
            )


def test_state_labels_cover_every_state():
    article = Article(status=Status.PUBLISHED)
    assert workflow.state_label(article, None) == "Live"
    for state, label in [
        (Status.DRAFT, "Live · Draft changes"),
        (Status.REVIEW, "Live · Changes in review"),
        (Status.APPROVED, "Live · Approved, ready to publish"),
    ]:
        draft = type("D", (), {"status": state})()
        assert workflow.state_label(article, draft) == label
    for state in Status:
        if state != Status.PUBLISHED:
            assert workflow.state_label(Article(status=state), None)
