"""Staff roles as groups: Author writes, Clinical reviewer approves, Publisher publishes.

``ensure_roles`` is idempotent and is called by a data migration, by
``load_demo_content`` and by tests (test flushes remove migration data). It
grants the permissions that exist and skips any that a later migration adds,
so each new model's migration simply calls it again.
"""

AUTHOR = "Author"
REVIEWER = "Clinical reviewer"
PUBLISHER = "Publisher"


def _crud(model: str, *actions: str, app: str = "articles") -> list[str]:
    return [f"{app}.{action}_{model}" for action in actions]


TRIAGE_PARTS = [
    "questionnaire",
    "question",
    "outcome",
    "safetynetitem",
    "rule",
    "clause",
    "testcase",
]


ROLE_PERMISSIONS = {
    AUTHOR: [
        *_crud("article", "view", "add", "change"),
        *_crud("condition", "view", "add", "change"),
        *_crud("careadvice", "view", "add", "change", "delete"),
        *_crud("activity", "view", "add"),
        *_crud("handoutpack", "view", "add", "change"),
        *_crud("handoutpackitem", "view", "add", "change", "delete"),
        *[p for part in TRIAGE_PARTS for p in _crud(part, "view", app="triage")],
    ],
    REVIEWER: [
        *_crud("article", "view", "change", "review"),
        *_crud("condition", "view", "change", "review"),
        *_crud("careadvice", "view", "add", "change", "delete"),
        *_crud("activity", "view", "add", "change"),
        *_crud("handoutpack", "view"),
        # The clinical reviewer edits, tests and approves the triage questionnaire.
        *[
            p
            for part in TRIAGE_PARTS
            for p in _crud(part, "view", "add", "change", "delete", app="triage")
        ],
        "triage.publish_questionnaire",
        "triage.view_submission",
    ],
    PUBLISHER: [
        *_crud("article", "view", "add", "change", "delete", "publish"),
        *_crud("condition", "view", "add", "change", "delete", "publish"),
        *_crud("careadvice", "view", "add", "change", "delete"),
        *_crud("activity", "view", "add", "change", "delete"),
        *_crud("handoutpack", "view", "add", "change", "delete"),
        *_crud("handoutpackitem", "view", "add", "change", "delete"),
        *[p for part in TRIAGE_PARTS for p in _crud(part, "view", app="triage")],
        "triage.view_submission",
        "portal.view_clinicsettings",
        "portal.change_clinicsettings",
    ],
}


def ensure_roles(apps=None) -> None:
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        for name in names:
            app_label, codename = name.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


def create_roles_migration(apps, schema_editor):
    """RunPython body for migrations that add models the roles need."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make them now so
    # the groups can be given them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_roles(apps)
