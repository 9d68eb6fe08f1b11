"""The project's demo data: each app's demo loader, in the order they depend on."""

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.demo_loader import load_demo_content
from clinic.demo import load_demo_clinic, login_lines
from exercises.demo_loader import ensure_demo_exercises
from exercises.demo_pictures.catalogue import PICTURES as EXERCISE_PICTURES
from handouts.demo import ensure_packs
from images.demo import ensure_demo_pictures
from portal.demo_pictures import illustrate_demo_content
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
        parser.add_argument(
            "--demo-passwords",
            action="store_true",
            help=(
                "Give the demo staff accounts their known password without printing it "
                "(`make run` prints the logins once the server is up: demo_logins)."
            ),
        )

    @transaction.atomic
    def handle(self, *args, demo_logins=False, demo_passwords=False, **options):
        staff = load_demo_clinic(set_passwords=demo_logins or demo_passwords)
        result = load_demo_content(staff)
        pictures = ensure_demo_pictures(user=staff.publisher)
        illustrate_demo_content(pictures, staff)
        exercise_pictures = ensure_demo_pictures(user=staff.publisher, pictures=EXERCISE_PICTURES)
        exercises = ensure_demo_exercises(exercise_pictures, staff)
        ensure_packs()
        _questionnaire, questionnaire_created = ensure_default_questionnaire(
            approved_by=staff.reviewer
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {result['articles']} articles "
                f"({result['articles_created']} new), "
                f"{result['conditions']} conditions ({result['conditions_created']} new), "
                f"{result['translations_created']} new Spanish translations, "
                f"{len(pictures) + len(exercise_pictures)} pictures, "
                f"{exercises['exercises']} exercises ({exercises['exercises_created']} new), "
                f"{exercises['templates']} programme templates "
                f"({exercises['templates_created']} new), "
                f"{exercises['translations_created']} new Spanish exercise and template "
                "translations, "
                f"triage questionnaire {'created' if questionnaire_created else 'already present'}."
            )
        )
        if demo_logins:
            for line in login_lines():
                self.stdout.write(line)
