"""CLINICAL.md v3: outcomes get an explicit rank, questions a step, test cases an
expected outcome key. Existing questionnaires (version 1) keep working:
emergency questions, age, injury, days and every question an emergency rule
uses become step 1; outcomes are ranked by urgency, then in the v3 table's
order (a clinic's own keys after the known ones of their level); each test case's
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
    Clause = apps.get_model("triage", "Clause")
    TestCase = apps.get_model("triage", "TestCase")
    # Step 1 is the emergency screen: flagged questions, age, injury and days, and
    # every question that a rule leading to an emergency outcome uses.
    emergency_questions = Clause.objects.filter(
        rule__outcome__urgency="emergency"
    ).values_list("question_id", flat=True)
    Question.objects.filter(
        models.Q(emergency=True)
        | models.Q(key__in=STEP_1_KEYS)
        | models.Q(pk__in=list(emergency_questions))
    ).update(step=1)
    by_questionnaire = {}
    for outcome in Outcome.objects.order_by("pk"):
        by_questionnaire.setdefault(outcome.questionnaire_id, []).append(outcome)
    for outcomes in by_questionnaire.values():
        # Urgency first, so that a clinic's own outcome keeps its level; then the
        # v3 order of the known keys; then the clinic's own keys, oldest first.
        outcomes.sort(
            key=lambda o: (URGENCY_ORDER.index(o.urgency), V3_RANKS.get(o.key, 99), o.pk)
        )
        for number, outcome in enumerate(outcomes, start=1):
            outcome.rank = number
        Outcome.objects.bulk_update(outcomes, ["rank"])
    for case in TestCase.objects.all():
        case.expected_outcome = _expected_outcome(apps, case)
        case.save(update_fields=["expected_outcome"])


def _engine_data(apps, questionnaire_id):
    from . import _frozen_engine as engine

    Question = apps.get_model("triage", "Question")
    Outcome = apps.get_model("triage", "Outcome")
    Rule = apps.get_model("triage", "Rule")
    questions = list(Question.objects.filter(questionnaire_id=questionnaire_id))
    keys = {q.pk: q.key for q in questions}
    default = (
        apps.get_model("triage", "Questionnaire")
        .objects.filter(pk=questionnaire_id)
        .values_list("default_outcome__key", flat=True)
        .first()
    )
    return engine.Questionnaire(
        questions=tuple(
            engine.Question(
                q.key,
                q.kind,
                choices=tuple(
                    line.partition("|")[0].strip() for line in q.choices.splitlines() if line
                ),
                min_value=q.min_value,
                max_value=q.max_value,
            )
            for q in questions
        ),
        outcomes=tuple(
            engine.Outcome(o.key, o.urgency, o.rank)
            for o in Outcome.objects.filter(questionnaire_id=questionnaire_id)
        ),
        rules=tuple(
            engine.Rule(
                tuple(
                    engine.Clause(keys[c.question_id], c.operator, c.value)
                    for c in rule.clauses.all()
                ),
                rule.outcome.key,
                rule.reason,
                name=rule.name,
            )
            for rule in Rule.objects.filter(questionnaire_id=questionnaire_id)
        ),
        default_outcome=default or "",
    )


def _expected_outcome(apps, case):
    """The outcome key that gives the urgency the case expected.

    Ranks follow urgency first, so the winning urgency is the one version 1
    gave: the engine names its key. A case that gave another urgency (one that
    already failed) keeps the first outcome of the expected urgency.
    """
    from . import _frozen_engine as engine

    try:
        result = engine.assess(_engine_data(apps, case.questionnaire_id), case.answers or {})
    except (KeyError, ValueError, TypeError):  # an unusable old questionnaire: fall back
        result = None
    if result is not None and result.result and result.result.urgency == case.expected_urgency:
        return result.result.outcome
    Outcome = apps.get_model("triage", "Outcome")
    match = (
        Outcome.objects.filter(questionnaire_id=case.questionnaire_id, urgency=case.expected_urgency)
        .order_by("rank")
        .first()
    )
    return match.key if match else case.expected_urgency


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
