"""Staff roles as groups: Author writes, Clinical reviewer approves, Publisher publishes.

``ensure_roles`` is idempotent. It runs after every ``migrate`` (and every
test flush) from a ``post_migrate`` receiver, once the permissions of every
app exist, so a new model only needs its permissions listed here.
"""

from contextvars import ContextVar

AUTHOR = "Author"
REVIEWER = "Clinical reviewer"
PUBLISHER = "Publisher"
# Reads the audit trail (audit.AuditEvent) and the CSP report counts; changes nothing.
AUDITOR = "Auditor"

# True while ensure_roles grants the roles' own permissions: the audit trail
# does not record that as a person's permission change (it is code, run by migrate).
granting: ContextVar[bool] = ContextVar("roles_granting", default=False)


def _crud(model: str, *actions: str, app: str = "articles") -> list[str]:
    return [f"{app}.{action}_{model}" for action in actions]


# Exercises and programme templates are written, reviewed and published as articles are.
EXERCISE_CONTENT = ["exercise", "programmetemplate"]
EXERCISE_TRANSLATIONS = ["exercisetranslation", "programmetemplatetranslation"]


def _exercises(*actions: str) -> list[str]:
    """The exercise app's permissions: ``actions`` on exercises, templates and their
    translations; a template's items go with it (view, and add/change/delete for
    whoever may change a template)."""
    rows = ["view", *(["add", "change", "delete"] if "change" in actions else [])]
    return [
        *[p for model in EXERCISE_CONTENT for p in _crud(model, *actions, app="exercises")],
        *[p for model in EXERCISE_TRANSLATIONS for p in _crud(model, *actions, app="exercises")],
        *_crud("programmetemplateitem", *rows, app="exercises"),
    ]


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
        # Translations are written and reviewed like the pages they translate.
        *_crud("articletranslation", "view", "add", "change"),
        *_crud("conditiontranslation", "view", "add", "change"),
        *_crud("careadvicetranslation", "view", "add", "change", "delete"),
        *_crud("activity", "view", "add"),
        *_crud("activityname", "view", "add", "change"),
        *_crud("handoutpack", "view", "add", "change", app="handouts"),
        *_crud("handoutpackitem", "view", "add", "change", "delete", app="handouts"),
        *[p for part in TRIAGE_PARTS for p in _crud(part, "view", app="triage")],
        # The image library: authors upload and describe pictures; only publishers delete.
        *_crud("image", "view", "add", "change", app="images"),
        *_crud("imagealttext", "view", "add", "change", "delete", app="images"),
        *_exercises("view", "add", "change"),
    ],
    REVIEWER: [
        *_crud("article", "view", "change", "review"),
        *_crud("condition", "view", "change", "review"),
        *_crud("careadvice", "view", "add", "change", "delete"),
        *_crud("articletranslation", "view", "change", "review"),
        *_crud("conditiontranslation", "view", "change", "review"),
        *_crud("careadvicetranslation", "view", "add", "change", "delete"),
        *_crud("activity", "view", "add", "change"),
        *_crud("activityname", "view", "add", "change", "delete"),
        *_crud("handoutpack", "view", app="handouts"),
        # The clinical reviewer edits, tests and approves the triage questionnaire.
        *[
            p
            for part in TRIAGE_PARTS
            for p in _crud(part, "view", "add", "change", "delete", app="triage")
        ],
        "triage.publish_questionnaire",
        "triage.view_submission",
        *_crud("image", "view", app="images"),
        *_crud("imagealttext", "view", app="images"),
        *_exercises("view", "change", "review"),
    ],
    PUBLISHER: [
        *_crud("article", "view", "add", "change", "delete", "publish"),
        *_crud("condition", "view", "add", "change", "delete", "publish"),
        *_crud("careadvice", "view", "add", "change", "delete"),
        *_crud("articletranslation", "view", "add", "change", "delete", "publish"),
        *_crud("conditiontranslation", "view", "add", "change", "delete", "publish"),
        *_crud("careadvicetranslation", "view", "add", "change", "delete"),
        *_crud("activity", "view", "add", "change", "delete"),
        *_crud("activityname", "view", "add", "change", "delete"),
        *_crud("handoutpack", "view", "add", "change", "delete", app="handouts"),
        *_crud("handoutpackitem", "view", "add", "change", "delete", app="handouts"),
        *[p for part in TRIAGE_PARTS for p in _crud(part, "view", app="triage")],
        "triage.view_submission",
        "clinic.view_clinicsettings",
        "clinic.change_clinicsettings",
        *_crud("clinicwords", "view", "add", "change", "delete", app="clinic"),
        *_crud("image", "view", "add", "change", "delete", app="images"),
        *_crud("imagealttext", "view", "add", "change", "delete", app="images"),
        *_exercises("view", "add", "change", "delete", "publish"),
    ],
    # Sign-ins, permission changes and settings changes are for whoever looks
    # after the staff accounts, not for the editorial roles.
    AUDITOR: ["audit.view_auditevent", "clinic.view_cspreportcount"],
}


def ensure_roles() -> None:
    """Create the groups and grant them the permissions that exist."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    token = granting.set(True)
    try:
        for role, names in ROLE_PERMISSIONS.items():
            group, _created = Group.objects.get_or_create(name=role)
            wanted = Q(pk__in=[])
            for name in names:
                app_label, codename = name.split(".")
                wanted |= Q(content_type__app_label=app_label, codename=codename)
            group.permissions.add(*Permission.objects.filter(wanted))
    finally:
        granting.reset(token)


def on_post_migrate(sender, **kwargs):
    """post_migrate receiver. Django sends the signal once per app with models,
    in INSTALLED_APPS order, making that app's permissions first: grant them
    once, after the last app, when they all exist."""
    from django.apps import apps

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is with_models[-1]:
        ensure_roles()
