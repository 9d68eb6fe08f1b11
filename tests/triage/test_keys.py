"""Rules and warning signs are named by their keys (migration 0011): translations,
copies of a version and stored submissions never depend on row ids or on the
English words."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.triage.answers import answers
from triage import selectors, services
from triage.defaults.keys import RULE_KEYS, SAFETY_NET_KEYS
from triage.demo import add_default_translations
from triage.models import Rule, SafetyNetItem, Submission, Translation

BEFORE_KEYS = ("triage", "0010_safety_net_v3_1")
SHIPPED_RULE = "Knee locked"
SHIPPED_SIGN = "one calf is swollen, warm or painful"
V3_SIGN = "your knee locks and will not straighten"  # the v3 words of the "locked" sign


def _migrate_triage(target):
    """Only triage moves: every other app stays at its newest migration."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    others = [node for node in executor.loader.graph.leaf_nodes() if node[0] != target[0]]
    return executor.loader.project_state([target, *others]).apps


def _latest_triage():
    executor = MigrationExecutor(connection)
    return next(node for node in executor.loader.graph.leaf_nodes() if node[0] == "triage")


def _old_rows(apps):
    """A version as a database before 0011 had it: rules and signs without
    keys, their translations and a submission naming them by id."""
    Questionnaire_ = apps.get_model("triage", "Questionnaire")
    Outcome = apps.get_model("triage", "Outcome")
    Rule_ = apps.get_model("triage", "Rule")
    Item = apps.get_model("triage", "SafetyNetItem")
    Translation_ = apps.get_model("triage", "Translation")
    Submission_ = apps.get_model("triage", "Submission")
    version = Questionnaire_.objects.create(version=1, title="Knee", status="draft")
    urgent = Outcome.objects.create(
        questionnaire=version, key="urgent", rank=1, urgency="urgent", headline="h", advice="a"
    )
    rules = {
        label: Rule_.objects.create(
            questionnaire=version, name=name, outcome=urgent, reason=label, source="s"
        )
        for label, name in (
            ("shipped", SHIPPED_RULE),
            ("again", SHIPPED_RULE),  # the same shipped name twice in one version
            ("own", "The clinic's own rule"),
        )
    }
    items = {
        label: Item.objects.create(questionnaire=version, level="urgent", text=text)
        for label, text in (("shipped", SHIPPED_SIGN), ("v3", V3_SIGN), ("own", "your toe hurts"))
    }
    for part, rows in (("rule", rules), ("safety_net", items)):
        for label, row in rows.items():
            Translation_.objects.create(
                questionnaire=version,
                language="es",
                part=part,
                key=str(row.pk),
                field="reason" if part == "rule" else "text",
                text=f"es {part} {label}",
                source_text=label,
            )
    submission = Submission_.objects.create(
        questionnaire=version,
        answers={},
        outcome_key="urgent",
        urgency="urgent",
        reasons=["shipped", "own"],
        fired_rules=[rules["shipped"].pk, rules["own"].pk, 999999],
    )
    return (
        version.pk,
        {k: r.pk for k, r in rules.items()},
        {k: i.pk for k, i in items.items()},
        submission.pk,
    )


@pytest.mark.django_db(transaction=True)
def test_migration_0011_gives_keys_and_renames_translations_and_fired_rules():
    forward = _latest_triage()
    try:
        version, rules, items, submission = _old_rows(_migrate_triage(BEFORE_KEYS))
    finally:
        _migrate_triage(forward)

    rule_key = {label: Rule.objects.get(pk=pk).key for label, pk in rules.items()}
    assert rule_key == {
        "shipped": RULE_KEYS[SHIPPED_RULE],
        "again": f"custom_{rules['again']}",  # a key is unique in its version
        "own": f"custom_{rules['own']}",
    }
    item_key = {label: SafetyNetItem.objects.get(pk=pk).key for label, pk in items.items()}
    assert item_key == {
        "shipped": SAFETY_NET_KEYS[SHIPPED_SIGN],
        "v3": "locked",  # the v3 words name the sign they became in v3.1
        "own": f"custom_{items['own']}",
    }
    translated = dict(Translation.objects.filter(questionnaire=version).values_list("text", "key"))
    assert translated == {f"es rule {label}": key for label, key in rule_key.items()} | {
        f"es safety_net {label}": key for label, key in item_key.items()
    }
    # The id of a rule that is gone is left out; the others became keys.
    fired = Submission.objects.get(pk=submission).fired_rules
    assert fired == [rule_key["shipped"], rule_key["own"]]


@pytest.mark.django_db(transaction=True)
def test_migration_0011_goes_back_to_ids():
    forward = _latest_triage()
    try:
        version, rules, items, submission = _old_rows(_migrate_triage(BEFORE_KEYS))
        _migrate_triage(forward)
        apps = _migrate_triage(BEFORE_KEYS)
        Translation_ = apps.get_model("triage", "Translation")
        Submission_ = apps.get_model("triage", "Submission")
        keys = set(Translation_.objects.filter(questionnaire=version).values_list("key", flat=True))
        fired = Submission_.objects.get(pk=submission).fired_rules
    finally:
        _migrate_triage(forward)
    assert keys == {str(pk) for pk in [*rules.values(), *items.values()]}
    assert fired == [rules["shipped"], rules["own"]]


@pytest.mark.django_db
def test_a_rule_or_sign_saved_without_a_key_gets_a_stable_one(demo):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    rule = Rule.objects.create(
        questionnaire=draft,
        name="Own",
        outcome=draft.outcomes.first(),
        reason="your own reason",
        source="clinic",
    )
    item = SafetyNetItem.objects.create(questionnaire=draft, level="urgent", text="your toe")
    assert rule.key == f"custom_{rule.pk}"
    assert Rule.objects.get(pk=rule.pk).key == rule.key
    assert SafetyNetItem.objects.get(pk=item.pk).key == f"custom_{item.pk}"


@pytest.mark.django_db
def test_a_clone_keeps_every_key_and_its_translations_name_them(demo):
    published = services.published_questionnaire()
    draft = services.questionnaire_clone(questionnaire=published)
    for part in ("rules", "safety_net"):
        assert list(getattr(draft, part).values_list("key", flat=True)) == list(
            getattr(published, part).values_list("key", flat=True)
        ), part
    for part, model in (("rule", Rule), ("safety_net", SafetyNetItem)):
        keys = set(model.objects.filter(questionnaire=draft).values_list("key", flat=True))
        translated = set(draft.translations.filter(part=part).values_list("key", flat=True))
        assert translated and translated <= keys, part
    assert draft.translations.count() == published.translations.count()


@pytest.mark.django_db
def test_the_shipped_spanish_finds_a_renamed_rule_by_its_key(demo):
    draft = services.questionnaire_clone(questionnaire=services.published_questionnaire())
    rule = draft.rules.get(key=RULE_KEYS[SHIPPED_RULE])
    rule.name = "Locked knee (renamed here)"
    rule.save()
    Translation.objects.filter(questionnaire=draft).delete()
    add_default_translations(draft)
    assert draft.translations.filter(part="rule", key=rule.key, field="reason").exists()


@pytest.mark.django_db
def test_a_submission_stores_the_keys_of_the_rules_that_fired(demo):
    questionnaire = services.published_questionnaire()
    submission = services.submission_create(
        questionnaire=questionnaire, answers=answers(locked="yes")
    )
    assert RULE_KEYS[SHIPPED_RULE] in submission.fired_rules
    fired = selectors.fired_rules(submission)
    assert {rule.key for rule in fired} == set(submission.fired_rules)
