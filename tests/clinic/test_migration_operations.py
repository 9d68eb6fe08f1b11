"""A database from before the apps were split by
feature (main at 1e25cf1) migrates forward and keeps every row.

The test winds the real PostgreSQL test database back to that main's
migrations, adds rows with the models as they were then, migrates forward
and finds every row, by primary key, in the models' new apps.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from clinic.models import ClinicSettings
from publishing.models import Draft, WorkflowEvent
from search.models import SearchEntry
from tests.triage.answers import answers

# The newest migration of each app on main before the split.
BEFORE_THE_SPLIT = [
    ("articles", "0010_live_draft_workflow"),
    ("portal", "0003_clinic_urgent_care"),
    ("triage", "0005_default_questionnaire_v3_draft"),
    ("clinic", None),
    ("publishing", None),
    ("handouts", None),
    ("search", None),
]
# Model labels then, and now.
MODELS = {
    "articles.Article": "articles.Article",
    "articles.Condition": "articles.Condition",
    "articles.CareAdvice": "articles.CareAdvice",
    "articles.HistoricalArticle": "articles.HistoricalArticle",
    "articles.HistoricalCondition": "articles.HistoricalCondition",
    "articles.Draft": "publishing.Draft",
    "articles.WorkflowEvent": "publishing.WorkflowEvent",
    "articles.HandoutPack": "handouts.HandoutPack",
    "articles.HandoutPackItem": "handouts.HandoutPackItem",
    "articles.SearchEntry": "search.SearchEntry",
    "portal.ClinicSettings": "clinic.ClinicSettings",
    "portal.ContentVersion": "clinic.ContentVersion",
    "triage.Questionnaire": "triage.Questionnaire",
    "triage.Question": "triage.Question",
    "triage.Rule": "triage.Rule",
    "triage.Submission": "triage.Submission",
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    if targets is None:
        targets = executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state([t for t in targets if t[1]]).apps


def add_rows_the_old_way(apps):
    """Rows made by main's models: one of each kind that moved app."""
    User = apps.get_model("auth", "User")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Article = apps.get_model("articles", "Article")
    Condition = apps.get_model("articles", "Condition")
    user = User.objects.get(username="reviewer")
    article = Article.objects.get(slug="when-to-get-help-for-knee-pain")
    article_type = ContentType.objects.get(app_label="articles", model="article")
    apps.get_model("articles", "Draft").objects.create(
        content_type=article_type, object_id=article.pk, data={"title": "New title"}
    )
    apps.get_model("articles", "WorkflowEvent").objects.create(
        content_type=article_type,
        object_id=article.pk,
        transition="return_to_draft",
        from_state="review",
        to_state="draft",
        user=user,
        comment="Say how long to rest.",
    )
    pack = apps.get_model("articles", "HandoutPack").objects.create(name="Old pack")
    apps.get_model("articles", "HandoutPackItem").objects.create(
        pack=pack, condition=Condition.objects.get(slug="meniscus-tear")
    )
    apps.get_model("portal", "ClinicSettings").objects.filter(pk=1).update(phone="(312) 555-0100")


def snapshot(apps, labels):
    return {
        label: set(apps.get_model(label).objects.values_list("pk", flat=True)) for label in labels
    }


@pytest.mark.django_db(transaction=True)
def test_a_database_from_before_the_split_keeps_every_row():
    call_command("load_demo_content", verbosity=0)
    # A patient's submission, through the real form.
    response = Client().post("/triage/", answers())
    assert response.status_code == 302
    try:
        old_apps = migrate(BEFORE_THE_SPLIT)
        add_rows_the_old_way(old_apps)
        before = snapshot(old_apps, MODELS)
        roles_before = {
            (g.name, p.content_type.model, p.codename)
            for g in old_apps.get_model("auth", "Group").objects.all()
            for p in g.permissions.select_related("content_type")
        }
    finally:
        new_apps = migrate(None)
    after = snapshot(new_apps, MODELS.values())

    assert all(before.values()), "every kind of row was there to move"
    for old, new in MODELS.items():
        assert after[new] == before[old], f"{old} -> {new}"
    assert ClinicSettings.objects.get().phone == "(312) 555-0100"
    event = WorkflowEvent.objects.get(transition="return_to_draft")
    assert (event.item.slug, event.user.username) == ("when-to-get-help-for-knee-pain", "reviewer")
    assert Draft.objects.get().item.slug == "when-to-get-help-for-knee-pain"
    # The index entries gained their page's address.
    assert set(SearchEntry.objects.values_list("url", flat=True)) >= {
        "/conditions/meniscus-tear/",
        "/articles/when-to-get-help-for-knee-pain/",
    }
    # Staff roles keep the same permissions: their content types moved with the models.
    roles_after = {
        (g.name, p.content_type.model, p.codename)
        for g in Group.objects.all()
        for p in g.permissions.select_related("content_type")
    }
    assert roles_after == roles_before
    assert (
        Group.objects.get(name="Publisher")
        .permissions.filter(content_type__app_label="handouts", codename="change_handoutpack")
        .exists()
    )
