"""purge_audit_log keeps AUDIT_LOG_DAYS days of events (or --days)."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from audit.models import Action, AuditEvent

pytestmark = pytest.mark.django_db


def event(days_ago: int) -> AuditEvent:
    return AuditEvent.objects.create(
        action=Action.SIGNED_IN,
        actor_username=f"{days_ago}-days-ago",
        created=timezone.now() - timezone.timedelta(days=days_ago, minutes=1),
    )


@pytest.fixture
def events(db):
    return [event(days) for days in (1, 30, 400)]


def names() -> set[str]:
    return set(AuditEvent.objects.values_list("actor_username", flat=True))


def test_the_default_keeps_a_year(events, capsys):
    call_command("purge_audit_log")
    assert "Deleted 1 audit event older than 365 days." in capsys.readouterr().out
    assert names() == {"1-days-ago", "30-days-ago", ""}
    purged = AuditEvent.objects.get(action=Action.PURGED)
    assert purged.detail == "1 audit event older than 365 days deleted."


def test_the_setting_and_the_option(events, settings):
    settings.AUDIT_LOG_DAYS = 20
    call_command("purge_audit_log", verbosity=0)
    assert names() == {"1-days-ago", ""}
    call_command("purge_audit_log", days=0, verbosity=0)
    assert AuditEvent.objects.filter(action=Action.PURGED).count() == 1  # the newest, just now


def test_dry_run_deletes_nothing(events, capsys):
    call_command("purge_audit_log", days=7, dry_run=True)
    assert "2 audit events are older than 7 days." in capsys.readouterr().out
    assert AuditEvent.objects.count() == 3


def test_negative_days_are_refused(events):
    with pytest.raises(CommandError, match="0 or more"):
        call_command("purge_audit_log", days=-1)
