from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from audit.models import Action, AuditEvent
from audit.recording import record


class Command(BaseCommand):
    help = (
        "Delete audit events older than AUDIT_LOG_DAYS days (DJANGO_AUDIT_LOG_DAYS, "
        "default 365). Run it daily, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            metavar="DAYS",
            help="Keep this many days instead of AUDIT_LOG_DAYS.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.AUDIT_LOG_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        old = AuditEvent.objects.older_than(timezone.now() - timedelta(days=days))
        if dry_run:
            count = old.count()
            self.stdout.write(
                f"{_events(count)} {'is' if count == 1 else 'are'} older than {days} days."
            )
            return
        deleted, _per_model = old.delete()
        if deleted:  # the trail says that it was shortened, and by how much
            record(
                action=Action.PURGED, detail=f"{_events(deleted)} older than {days} days deleted."
            )
        self.stdout.write(self.style.SUCCESS(f"Deleted {_events(deleted)} older than {days} days."))


def _events(count: int) -> str:
    return f"{count} audit event" if count == 1 else f"{count} audit events"
