from django.core.management.base import BaseCommand, CommandError

from triage import services


class Command(BaseCommand):
    help = (
        "Run every test case against the published triage questionnaire and check its "
        "structure, including that the safety net covers every key of every rank 1-3 rule "
        "at the rule's group or a more urgent one; exit non-zero on any mismatch or problem."
    )

    def handle(self, *args, **options):
        questionnaire = services.published_questionnaire()
        if questionnaire is None:
            raise CommandError("No triage questionnaire is published.")
        problems = services.questionnaire_structure_problems(questionnaire)
        results = services.questionnaire_run_tests(questionnaire)
        for result in results:
            mark = "PASS" if result.passed else "FAIL"
            line = f"{mark}  {result.name}: expected {result.expected}, got {result.got}"
            if result.errors:
                line += f" ({', '.join(result.errors)})"
            self.stdout.write(self.style.SUCCESS(line) if result.passed else self.style.ERROR(line))
        for problem in problems:
            self.stdout.write(self.style.ERROR(f"PROBLEM  {problem}"))
        failed = sum(not r.passed for r in results)
        summary = f"{questionnaire}: {len(results) - failed} passed, {failed} failed"
        if failed or problems or not results:
            raise CommandError(summary if results else f"{questionnaire} has no test cases.")
        self.stdout.write(self.style.SUCCESS(summary))
