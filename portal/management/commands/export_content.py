from django.core.management import call_command

from portal.content_backup import EXCLUDE, LABELS, LOG_LABELS, ContentFileCommand


class Command(ContentFileCommand):
    help = (
        "Write all content (settings, staff and roles, the image library's rows, articles, "
        "conditions, packs, history, triage questionnaires) to a JSON file for backup or "
        "moving servers (back up the original image files beside it). "
        "Restore it with import_content."
    )

    path_help = "The JSON file to write."
    switch = "--with-logs"
    switch_help = "Also write the admin's change log and the audit trail."

    def handle(self, *args, path, with_logs=False, **options):
        call_command(
            "dumpdata",
            *LABELS,
            *(LOG_LABELS if with_logs else []),
            exclude=EXCLUDE,
            natural_foreign=True,
            natural_primary=True,
            indent=1,
            output=path,
            verbosity=0,
        )
        self.stdout.write(f"Content written to {path}.")
