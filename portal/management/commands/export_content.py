from django.core.management import call_command
from django.core.management.base import BaseCommand

from portal.content_backup import EXCLUDE, LABELS, LOG_LABELS


class Command(BaseCommand):
    help = (
        "Write all content (settings, staff and roles, articles, conditions, packs, "
        "history, triage questionnaires) to a JSON file for backup or moving servers. "
        "Restore it with import_content."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="The JSON file to write.")
        parser.add_argument(
            "--with-logs",
            action="store_true",
            help="Also write the admin's change log and the audit trail.",
        )

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
