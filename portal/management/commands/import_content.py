import tempfile
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from audit.recording import paused
from portal.content_backup import (
    CONTENT_MODELS,
    ContentFileCommand,
    images_without_originals,
    upgrade,
)
from search.models import SearchEntry


class Command(ContentFileCommand):
    help = (
        "Load a file written by export_content into a freshly migrated database, "
        "all or nothing, with the admin log and audit trail if the file has them. "
        "Loading indexes each published item for search as it is saved."
    )

    path_help = "The JSON file written by export_content."
    switch = "--overwrite"
    switch_help = "Load even though the database has content: items with the same id are replaced."

    def handle(self, *args, path, overwrite=False, **options):
        existing = [m for m in CONTENT_MODELS if apps.get_model(m).objects.exists()]
        if existing and not overwrite:
            raise CommandError(
                "This database already has content (" + ", ".join(existing) + "). "
                "Import into a freshly migrated database, or pass --overwrite."
            )
        upgraded = upgrade(Path(path).read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as folder:
            if upgraded is not None:  # a file from before the apps were split
                path = str(Path(folder) / "content.json")
                Path(path).write_text(upgraded, encoding="utf-8")
            # The file's accounts, groups and logs are restored, not changed
            # by anyone now: that is no event for the audit trail.
            with transaction.atomic(), paused():
                call_command("loaddata", path, verbosity=0)
        indexed = SearchEntry.objects.count()
        self.stdout.write(f"Content loaded from {path}; {indexed} published items indexed.")
        if missing := images_without_originals():
            self.stdout.write(
                f"{len(missing)} image(s) have no original file here yet (ids "
                f"{', '.join(map(str, missing[:20]))}{'...' if len(missing) > 20 else ''}): "
                "copy the originals back from your backup (README, “Backing up pictures”), "
                "then run `python manage.py rebuild_renditions`."
            )
