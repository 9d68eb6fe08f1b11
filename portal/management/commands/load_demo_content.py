"""The project's demo data: each app's demo loader, in the order they depend on."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.demo_loader import load_demo_content
from clinic.demo import DEMO_PASSWORD, DEMO_STAFF, load_demo_clinic
from handouts.demo import ensure_packs
from triage.demo import ensure_default_questionnaire


class Command(BaseCommand):
    help = (
        "Load the demo knee content, clinic settings and demo staff accounts. "
        "Safe to run again: nothing is duplicated and unchanged items are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-logins",
            action="store_true",
            help=(
                "Give the demo staff accounts a known password and print it. "
                "For local trials only, never on a public server."
            ),
        )

    @transaction.atomic
    def handle(self, *args, demo_logins=False, **options):
        staff = load_demo_clinic(set_passwords=demo_logins)
        result = load_demo_content(staff)
        ensure_packs()
        _questionnaire, questionnaire_created = ensure_default_questionnaire(
            approved_by=staff.reviewer
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {result['articles']} articles "
                f"({result['articles_created']} new), "
                f"{result['conditions']} conditions ({result['conditions_created']} new), "
                f"triage questionnaire {'created' if questionnaire_created else 'already present'}."
            )
        )
        if demo_logins:
            self.stdout.write("")
            self.stdout.write("Staff logins for http://127.0.0.1:8000/admin/ :")
            for username, _first, _last, role in DEMO_STAFF:
                self.stdout.write(
                    f"  {role:<18} username: {username:<10} password: {DEMO_PASSWORD}"
                )
            self.stdout.write("")
