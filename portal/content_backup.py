"""What a content export holds, for ``export_content`` and ``import_content``.

Everything staff made: clinic settings, staff accounts and roles (articles
name their authors and reviewers), the image library's rows (titles, credits,
alt texts, renditions; the files are backed up beside the export: README,
"Backing up pictures"), articles, conditions, care cards, exercises and programme templates, packs,
their revision history, and the triage questionnaires with their rules and
test cases. Not exported: triage submissions (patients' answers are not
content), the search index and the page-cache counter (both rebuilt).
Natural keys let the file load into a freshly migrated database.

With ``--with-logs`` the export also holds the admin's change log
(``admin.logentry``) and the audit trail (``audit.auditevent``): these keep
their ids, so load them into a freshly migrated database (an ``--overwrite``
import replaces events that have the same id). Loading records no new audit
events: the rows are old events, restored.

Files written before the apps were split by feature name some models by their
old app; ``RENAMED`` maps them, so those files still load.
"""

import json

from django.core.management.base import BaseCommand

# Model labels in files written before the split -> today's labels.
RENAMED = {
    "portal.clinicsettings": "clinic.clinicsettings",
    "articles.draft": "publishing.draft",
    "articles.workflowevent": "publishing.workflowevent",
    "articles.handoutpack": "handouts.handoutpack",
    "articles.handoutpackitem": "handouts.handoutpackitem",
}

LABELS = [
    "auth.group",
    "auth.user",
    "clinic.clinicsettings",
    "clinic.clinicwords",
    # Pages refer to pictures by id: the library's rows come first, ids kept.
    "images",
    "articles",
    "exercises",
    "publishing",
    "handouts",
    "triage",
]
EXCLUDE = ["triage.submission"]
# The logs, exported only when asked for (export_content --with-logs).
LOG_LABELS = ["admin.logentry", "audit.auditevent"]
CONTENT_MODELS = [
    "articles.Article",
    "articles.Condition",
    "exercises.Exercise",
    "exercises.ProgrammeTemplate",
    "triage.Questionnaire",
]


def upgrade(text: str) -> str | None:
    """The file's JSON with old model labels renamed; None if nothing was old."""
    objects = json.loads(text)
    renamed = False
    for obj in objects:
        if obj.get("model") in RENAMED:
            obj["model"] = RENAMED[obj["model"]]
            renamed = True
        # Permissions are named by (codename, app label, model) in natural keys.
        for key in ("permissions",):
            for perm in obj.get("fields", {}).get(key, []) or []:
                label = f"{perm[1]}.{perm[2]}" if len(perm) == 3 else ""
                if label in RENAMED:
                    perm[1], perm[2] = RENAMED[label].split(".")
                    renamed = True
    return json.dumps(objects) if renamed else None


def images_without_originals() -> list[int]:
    """The ids of images whose original file is not in the originals storage
    (after an import, until the files are put back)."""
    from images import storage
    from images.models import Image

    originals = storage.originals()
    return [
        pk for pk, name in Image.objects.values_list("pk", "file") if not originals.exists(name)
    ]


class ContentFileCommand(BaseCommand):
    """A command that reads or writes one content file: its path, and one switch
    (``--with-logs`` for the export, ``--overwrite`` for the import)."""

    path_help: str
    switch: str
    switch_help: str

    def add_arguments(self, parser):
        parser.add_argument("path", help=self.path_help)
        parser.add_argument(self.switch, action="store_true", help=self.switch_help)
