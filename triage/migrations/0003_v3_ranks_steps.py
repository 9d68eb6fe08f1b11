"""CLINICAL.md v3: outcomes get an explicit rank, questions a step, test cases an
expected outcome key. Existing questionnaires (version 1) keep working:
emergency questions and age, injury and days become step 1; outcomes are
ranked by the v3 table (unknown keys after, by urgency); each test case's
expected urgency becomes the outcome key the v3 ranks give it."""

from django.db import migrations, models

V3_RANKS = {
    "emergency": 1,
    "urgent_doctor": 2,
    "urgent": 3,
    "under_18": 4,
    "routine": 5,
    "self_care": 6,
}
URGENCY_ORDER = ["emergency", "urgent", "routine", "self_care"]
STEP_1_KEYS = {"age", "injury", "days_since_start"}


def forwards(apps, schema_editor):
    Question = apps.get_model("triage", "Question")
    Outcome = apps.get_model("triage", "Outcome")
    TestCase = apps.get_model("triage", "TestCase")
    Question.objects.filter(models.Q(emergency=True) | models.Q(key__in=STEP_1_KEYS)).update(
        step=1
    )
    by_questionnaire = {}
    for outcome in Outcome.objects.order_by("pk"):
        by_questionnaire.setdefault(outcome.questionnaire_id, []).append(outcome)
    for outcomes in by_questionnaire.values():
        known = [o for o in outcomes if o.key in V3_RANKS]
        unknown = sorted(
            (o for o in outcomes if o.key not in V3_RANKS),
            key=lambda o: (URGENCY_ORDER.index(o.urgency), o.pk),
        )
        for outcome in known:
            outcome.rank = V3_RANKS[outcome.key]
        for number, outcome in enumerate(unknown, start=len(V3_RANKS) + 1):
            outcome.rank = number
        Outcome.objects.bulk_update(outcomes, ["rank"])
    for case in TestCase.objects.all():
        keys = set(
            Outcome.objects.filter(questionnaire_id=case.questionnaire_id).values_list(
                "key", flat=True
            )
        )
        expected = case.expected_urgency
        age = (case.answers or {}).get("age")
        try:
            under_18 = int(age) < 18
        except (TypeError, ValueError):
            under_18 = False
        # Version 1 ranked under-18 below routine by spelling; v3 ranks it above.
        if expected == "routine" and under_18 and "under_18" in keys:
            expected = "under_18"
        if expected not in keys:
            match = Outcome.objects.filter(
                questionnaire_id=case.questionnaire_id, urgency=expected
            ).order_by("rank").first()
            expected = match.key if match else expected
        case.expected_outcome = expected
        case.save(update_fields=["expected_outcome"])


class Migration(migrations.Migration):
    dependencies = [("triage", "0002_roles")]

    operations = [
        migrations.AddField(
            model_name="question",
            name="step",
            field=models.PositiveSmallIntegerField(default=2),
        ),
        migrations.AddField(
            model_name="outcome",
            name="rank",
            field=models.PositiveSmallIntegerField(null=True),
        ),
        migrations.AddField(
            model_name="testcase",
            name="expected_outcome",
            field=models.CharField(default="", max_length=40),
            preserve_default=False,
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField(model_name="question", name="emergency"),
        migrations.RemoveField(model_name="testcase", name="expected_urgency"),
    ]
