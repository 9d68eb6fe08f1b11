"""The default questionnaire (CLINICAL.md v3) as migrations 0005 and 0007 loaded
it, frozen with its data (``_frozen_v3_data.py``): only migrations use this
module, on the historical models they are given. Editing ``triage.defaults`` or
``triage.demo`` changes what a new database gets, never what these migrations
write. Translations of rules and warning signs are keyed by row id here, as
they were then; 0011 re-keys them by the parts' keys.
"""

from django.utils import timezone

from . import _frozen_v3_data as v3

RULE_WORDS = ("patient_text", "until_then")
SPANISH = "es"


def _models(apps):
    return {
        name: apps.get_model("triage", name)
        for name in (
            "Questionnaire",
            "Question",
            "Outcome",
            "Rule",
            "Clause",
            "TestCase",
            "SafetyNetItem",
        )
    }


def add_default_questionnaire(*, apps, publish: bool, approved_by=None, is_demo: bool):
    """Create the default questionnaire; returns it."""
    m = _models(apps)
    Condition = apps.get_model("articles", "Condition")
    Article = apps.get_model("articles", "Article")
    latest = m["Questionnaire"].objects.order_by("-version").values_list("version", flat=True)
    questionnaire = m["Questionnaire"].objects.create(
        version=(latest.first() or 0) + 1,
        title=v3.DEFAULT_TITLE,
        introduction="",
        notes=v3.VERSION_NOTE,
        based_on=v3.BASED_ON,
        is_demo=is_demo,
    )
    questions = {}
    for order, data in enumerate(v3.QUESTIONS):
        questions[data["key"]] = m["Question"].objects.create(
            questionnaire=questionnaire,
            order=order,
            key=data["key"],
            text=data["text"],
            help_text=data.get("help_text", ""),
            error_name=data.get("error_name", ""),
            example=data.get("example", ""),
            kind=data["kind"],
            min_value=data.get("min_value"),
            max_value=data.get("max_value"),
            unit=data.get("unit", ""),
            step=data["step"],
            ask_when=data.get("ask_when", ""),
            red_flag=data.get("red_flag", False),
        )
    add_safety_net(questionnaire, apps)
    outcomes = {}
    for data in v3.OUTCOMES:
        outcome = m["Outcome"].objects.create(
            questionnaire=questionnaire,
            key=data["key"],
            rank=data["rank"],
            urgency=data["urgency"],
            headline=data["headline"],
            advice=data["advice"],
            safety_net=data["safety_net"],
        )
        outcome.related_conditions.set(
            Condition.objects.filter(slug__in=data["related_conditions"])
        )
        outcome.related_articles.set(Article.objects.filter(slug__in=data["related_articles"]))
        outcomes[data["key"]] = outcome
    for order, data in enumerate(v3.RULES):
        rule = m["Rule"].objects.create(
            questionnaire=questionnaire,
            order=order,
            name=data["name"],
            outcome=outcomes[data["outcome"]],
            reason=data["reason"],
            source=data["source"],
            **_known(m["Rule"], {field: data[field] for field in RULE_WORDS}),
        )
        if _known(m["Rule"], {"related_conditions": True}):  # not in 0005's model state
            rule.related_conditions.set(
                Condition.objects.filter(slug__in=data["related_conditions"])
            )
            rule.related_articles.set(Article.objects.filter(slug__in=data["related_articles"]))
        m["Clause"].objects.bulk_create(
            m["Clause"](rule=rule, question=questions[key], operator=op, value=str(value))
            for key, op, value in data["clauses"]
        )
    m["TestCase"].objects.bulk_create(
        m["TestCase"](
            questionnaire=questionnaire,
            name=case["name"],
            answers=case["answers"],
            expected_outcome=case["expected"],
        )
        for case in v3.TEST_CASES
    )
    add_default_translations(questionnaire, apps)
    questionnaire.default_outcome = outcomes[v3.DEFAULT_OUTCOME]
    if publish:
        questionnaire.status = "published"
        questionnaire.approved_by = approved_by
        questionnaire.approved_on = timezone.localdate()
    questionnaire.save()
    return questionnaire


def _known(model, fields: dict) -> dict:
    """The ``fields`` that ``model`` has: a data migration runs this module on
    an older state of the models (0005), before later fields exist."""
    names = {field.name for field in model._meta.get_fields()}
    return {name: value for name, value in fields.items() if name in names}


def add_safety_net(questionnaire, apps):
    """The list as v3 shipped it: the migrations that use this module run
    before 0008 (which added the groups and the keys); 0010 brings it to v3.1."""
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    SafetyNetItem.objects.bulk_create(
        SafetyNetItem(questionnaire=questionnaire, order=order, level=level, text=text)
        for order, (level, text) in enumerate(v3.SAFETY_NET_V3)
    )


def _spanish_texts(questionnaire, apps):
    """(part, key, field, Spanish, the shipped English) for each default text
    whose part the version still has."""
    m = _models(apps)
    english_questions = {q["key"]: q for q in v3.QUESTIONS}
    for question in m["Question"].objects.filter(questionnaire=questionnaire):
        english = english_questions.get(question.key, {})
        for field, text in v3.SPANISH_QUESTIONS.get(question.key, {}).items():
            if english.get(field):
                yield "question", question.key, field, text, english[field]
    english_outcomes = {o["key"]: o for o in v3.OUTCOMES}
    for outcome in m["Outcome"].objects.filter(questionnaire=questionnaire):
        for field, text in v3.SPANISH_OUTCOMES.get(outcome.key, {}).items():
            yield "outcome", outcome.key, field, text, english_outcomes[outcome.key][field]
    english_rules = {r["name"]: r for r in v3.RULES}
    for rule in m["Rule"].objects.filter(questionnaire=questionnaire):
        if rule.name in v3.SPANISH_RULE_REASONS:
            yield (
                "rule",
                str(rule.pk),
                "reason",
                v3.SPANISH_RULE_REASONS[rule.name],
                english_rules[rule.name]["reason"],
            )
        words = dict(zip(RULE_WORDS, v3.SPANISH_RULE_TEXTS.get(rule.name, ()), strict=False))
        for field, text in words.items():
            # Only beside the shipped English: a rule the clinic reworded keeps its words.
            if getattr(rule, field, "") == english_rules[rule.name][field]:
                yield "rule", str(rule.pk), field, text, english_rules[rule.name][field]
    for item in m["SafetyNetItem"].objects.filter(questionnaire=questionnaire):
        if item.text in v3.SPANISH_SAFETY_NET:
            yield "safety_net", str(item.pk), "text", v3.SPANISH_SAFETY_NET[item.text], item.text
    yield "questionnaire", "", "title", v3.SPANISH_TITLE, v3.DEFAULT_TITLE


def add_default_translations(questionnaire, apps) -> int:
    """Store the shipped Spanish texts of the default questionnaire on a version
    that copies it, where it has no Spanish text yet. Each row records the
    shipped English it was written from, so a text the clinic has changed
    since shows as out of date. Returns how many were added."""
    try:
        Translation = apps.get_model("triage", "Translation")
    except LookupError:
        return 0  # an older migration state: 0007 adds them later
    have = set(
        Translation.objects.filter(questionnaire=questionnaire, language=SPANISH).values_list(
            "part", "key", "field"
        )
    )
    rows = [
        Translation(
            questionnaire=questionnaire,
            language=SPANISH,
            part=part,
            key=key,
            field=field,
            text=text,
            source_text=english,
        )
        for part, key, field, text, english in _spanish_texts(questionnaire, apps)
        if (part, key, field) not in have
    ]
    Translation.objects.bulk_create(rows)
    return len(rows)


def upgrade_to_default(apps):
    """An existing questionnaire stays; the default arrives as a draft, once.

    Versions made before the safety net was data get the default list, so that
    condition pages never show an empty list of warning signs meanwhile.
    """
    Questionnaire = apps.get_model("triage", "Questionnaire")
    for older in Questionnaire.objects.filter(safety_net__isnull=True):
        add_safety_net(older, apps)
    if not Questionnaire.objects.exists() or Questionnaire.objects.filter(based_on=v3.BASED_ON):
        return None
    # Shipped and not yet approved by this clinic: sample data until published.
    return add_default_questionnaire(apps=apps, publish=False, is_demo=True)
