from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from triage.models import Submission


class Command(BaseCommand):
    help = "Delete triage submissions older than a number of days."

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, required=True, metavar="DAYS")
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, older_than, dry_run=False, **options):
        if older_than < 0:
            raise CommandError("--older-than must be 0 or more days.")
        cutoff = timezone.now() - timedelta(days=older_than)
        old = Submission.objects.older_than(cutoff)
        if dry_run:
            self.stdout.write(f"{old.count()} submissions are older than {older_than} days.")
            return
        deleted, _per_model = old.delete()
        self.stdout.write(
            self.style.SUCCESS(f"Deleted {deleted} submissions older than {older_than} days.")
        )
