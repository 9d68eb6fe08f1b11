"""A clinic serving version 1 keeps it, and gains version 3 as a draft.

The database is migrated back to before CLINICAL.md v3, given a published
version-1 questionnaire (as the portal shipped it: urgency-only outcomes, an
"emergency" flag on questions, test cases expecting an urgency), and migrated
forward again.
"""

import importlib
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.triage.answers import answers
from triage import defaults, services, texts
from triage.demo import BASED_ON
from triage.migrations._frozen_v3_data import SAFETY_NET_V3
from triage.models import Questionnaire, QuestionnaireStatus

BEFORE_V3 = [("triage", "0002_roles")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def make_version_1(apps):
    """A small version 1 as the old loader made it."""
    Questionnaire = apps.get_model("triage", "Questionnaire")
    Question = apps.get_model("triage", "Question")
    Outcome = apps.get_model("triage", "Outcome")
    Rule = apps.get_model("triage", "Rule")
    Clause = apps.get_model("triage", "Clause")
    TestCase = apps.get_model("triage", "TestCase")
    v1 = Questionnaire.objects.create(version=1, title="Knee pain: what help do I need?")
    questions = {
        key: Question.objects.create(
            questionnaire=v1,
            key=key,
            text=text,
            kind=kind,
            emergency=emergency,
            order=order,
            min_value=1 if kind == "number" else None,
            max_value=120 if kind == "number" else None,
        )  # fmt: skip
        for order, (key, text, kind, emergency) in enumerate(
            [
                ("deformity", "Does your knee look out of place?", "yes_no", True),
                ("age", "How old are you?", "number", False),
                ("locked", "Is your knee locked?", "yes_no", False),
                ("not_improving", "Not getting better?", "yes_no", False),
                ("shock", "Do you feel faint?", "yes_no", False),
            ]
        )
    }
    outcomes = {
        key: Outcome.objects.create(
            questionnaire=v1, key=key, urgency=urgency, headline=key, advice="a", safety_net="s"
        )
        for key, urgency in [
            ("emergency", "emergency"),
            ("urgent", "urgent"),
            ("routine", "routine"),
            ("self_care", "self_care"),
            ("under_18", "routine"),
            ("ambulance", "emergency"),  # the clinic's own outcome
        ]
    }
    for name, outcome, key, op, value in [
        ("Out of place", "emergency", "deformity", "eq", "yes"),
        ("Locked", "urgent", "locked", "eq", "yes"),
        ("Not improving", "routine", "not_improving", "eq", "yes"),
        ("Under 18", "under_18", "age", "lt", "18"),
        ("Faint", "ambulance", "shock", "eq", "yes"),
    ]:
        rule = Rule.objects.create(
            questionnaire=v1, name=name, outcome=outcomes[outcome], reason=name, source="v1"
        )
        Clause.objects.create(rule=rule, question=questions[key], operator=op, value=value)
    calm = {"deformity": "no", "age": 30, "locked": "no", "not_improving": "no", "shock": "no"}
    for name, changes, expected in [
        ("calm", {}, "self_care"),
        ("locked", {"locked": "yes"}, "urgent"),
        ("under 18 not improving", {"age": 17, "not_improving": "yes"}, "routine"),
        ("out of place", {"deformity": "yes"}, "emergency"),
        ("faint and locked", {"shock": "yes", "locked": "yes"}, "emergency"),
    ]:
        TestCase.objects.create(
            questionnaire=v1, name=name, answers={**calm, **changes}, expected_urgency=expected
        )
    v1.default_outcome = outcomes["self_care"]
    v1.status = "published"
    v1.save()


@pytest.mark.django_db(transaction=True)
def test_version_1_stays_published_and_version_3_arrives_as_a_draft(client):
    forward = latest()
    try:
        old_apps = migrate(BEFORE_V3)
        make_version_1(old_apps)
    finally:
        migrate(forward)

    v1 = Questionnaire.objects.get(version=1)
    assert v1.status == QuestionnaireStatus.PUBLISHED
    assert services.published_questionnaire() == v1
    # Ranked by urgency, then in v3's order; the clinic's own outcome keeps its level.
    assert list(v1.outcomes.order_by("rank").values_list("key", flat=True)) == [
        "emergency",
        "ambulance",
        "urgent",
        "under_18",
        "routine",
        "self_care",
    ]
    assert dict(v1.questions.values_list("key", "step")) == {
        "deformity": 1,
        "age": 1,
        "locked": 2,
        "not_improving": 2,
        "shock": 1,  # an emergency rule uses it
    }
    # Each test case now names its outcome; under 18 outranks routine under v3's ranks.
    assert dict(v1.test_cases.values_list("name", "expected_outcome")) == {
        "calm": "self_care",
        "locked": "urgent",
        "under 18 not improving": "under_18",
        "out of place": "emergency",
        "faint and locked": "ambulance",
    }
    # Version 1 still passes its own tests; but since CLINICAL.md v3.1 the safety
    # net must be as wide as the rules, and no sign covers the clinic's own
    # "Faint" rule: check_triage says so, naming the rule and the question.
    with pytest.raises(CommandError):
        call_command("check_triage", stdout=(out := io.StringIO()))
    assert "FAIL" not in out.getvalue()
    assert "Rule 'Faint' uses the question shock" in out.getvalue()
    assert "Rule 'Out of place'" not in out.getvalue()  # its sign covers deformity
    # It gained the one safety-net list (as v3 shipped it: not based on the
    # default, it keeps it), so care cards never show an empty one; its signs
    # name the keys they cover, where version 1 has the question.
    assert list(v1.safety_net.values_list("level", "text")) == list(SAFETY_NET_V3)
    covers = dict(v1.safety_net.values_list("text", "covers"))
    assert covers["your knee or kneecap looks out of place"] == "deformity"
    assert covers["your knee locks and will not straighten"] == "locked"
    assert covers["one calf is swollen, warm or painful"] == ""  # no such question

    (v3,) = Questionnaire.objects.filter(based_on=BASED_ON)
    assert v3.status == QuestionnaireStatus.DRAFT and v3.version == 2
    assert v3.is_demo  # shipped, not yet approved here
    assert v3.questions.count() == 28 and v3.outcomes.count() == 6
    assert services.questionnaire_problems(v3) == []  # ready for the clinical lead
    # Its Spanish texts came with it (migration 0007), to be reviewed with it;
    # version 1, approved without them, gained none.
    # The shipped v3 list it arrived with became the v3.1 list (migration 0010).
    assert [t for _g, t, _c in defaults.SAFETY_NET] == list(
        v3.safety_net.values_list("text", flat=True)
    )
    # Every text patients read, the rules' own words too (migration 0009).
    assert v3.translations.filter(language="es").count() == len(texts.english_texts(v3))
    assert not v1.translations.exists()

    # Patients are still served version 1.
    page = client.get("/triage/").content.decode()
    assert 'name="locked"' not in page  # step 2 of version 1
    response = client.post("/triage/", {"deformity": "no", "age": "30", "locked": "yes"})
    assert response.status_code == 400  # not_improving missing: version 1 asks it
    response = client.post(
        "/triage/",
        {"deformity": "no", "age": "30", "locked": "yes", "not_improving": "no", "shock": "no"},
    )
    assert response.status_code == 302

    # The loader does not add a second copy.
    from triage.demo import upgrade_to_default

    assert upgrade_to_default() is None
    assert Questionnaire.objects.count() == 2


@pytest.mark.django_db
def test_a_fresh_database_gets_version_3_published_as_sample_data(demo):
    questionnaire = services.published_questionnaire()
    assert questionnaire.based_on == BASED_ON and questionnaire.is_demo
    assert Questionnaire.objects.count() == 1
    assert (
        services.submission_create(
            questionnaire=questionnaire, answers=answers(locked="yes")
        ).outcome_key
        == "urgent"
    )


# The safety net v3.1 (migration 0010) -----------------------------------------

BEFORE_V3_1 = ("triage", "0009_rule_texts")
V3_1 = importlib.import_module("triage.migrations.0010_safety_net_v3_1")
EDITED_SIGN = "your knee locks and will not straighten"


def migrate_triage_back_to(target):
    """Only triage goes back: every other app stays at its newest migration."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    others = [node for node in executor.loader.graph.leaf_nodes() if node[0] != target[0]]
    return executor.loader.project_state([target, *others]).apps


def make_v3_database(apps, edit: str):
    """The default questionnaire published as a v3 database had it: the v3 list
    and its Spanish; ``edit`` is what the clinic changed in that list."""
    from triage.migrations._frozen_v3 import add_default_questionnaire

    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    Translation = apps.get_model("triage", "Translation")
    questionnaire = add_default_questionnaire(apps=apps, publish=True, is_demo=True)
    questionnaire.safety_net.all().delete()
    Translation.objects.filter(questionnaire=questionnaire, part="safety_net").delete()
    for order, (level, text) in enumerate(V3_1.OLD_LIST):
        item = SafetyNetItem.objects.create(
            questionnaire=questionnaire, order=order, level=level, text=text
        )
        spanish = V3_1.OLD_SPANISH[text]
        if edit == "english" and text == EDITED_SIGN:
            item.text = "your knee gets stuck"
            item.save()
        if edit == "spanish" and text == EDITED_SIGN:
            spanish = "la rodilla se le queda trabada"
        Translation.objects.create(
            questionnaire=questionnaire,
            language="es",
            part="safety_net",
            key=str(item.pk),
            field="text",
            text=spanish,
            source_text=text,
        )
    return questionnaire.pk


def signs(questionnaire):
    return list(questionnaire.safety_net.values_list("level", "text", "covers"))


SHIPPED_V3_1 = [(group, text, ", ".join(covers)) for group, text, covers in defaults.SAFETY_NET]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("edit", ["none", "english", "spanish"])
def test_the_published_v3_list_becomes_v3_1_unless_the_clinic_edited_it(client, edit):
    forward = latest()
    try:
        pk = make_v3_database(migrate_triage_back_to(BEFORE_V3_1), edit)
    finally:
        migrate(forward)

    published = Questionnaire.objects.get(pk=pk)
    assert published.status == QuestionnaireStatus.PUBLISHED  # published stays published
    assert services.published_questionnaire() == published
    spanish_signs = published.translations.filter(part="safety_net", language="es")
    if edit == "none":
        # Unedited: upgraded in place, with its Spanish, and a note saying so.
        assert Questionnaire.objects.count() == 1
        assert signs(published) == SHIPPED_V3_1
        assert sorted(spanish_signs.values_list("text", flat=True)) == sorted(
            V3_1.NEW_SPANISH.values()
        )
        assert "CLINICAL.md v3.1" in published.notes
        assert services.questionnaire_problems(published) == []
        call_command("check_triage", stdout=io.StringIO())
        return
    # Edited: the published list is left as the clinic had it (its signs now
    # name the keys they cover, a new field) ...
    before = [(level, text) for level, text in V3_1.OLD_LIST]
    if edit == "english":
        before = [(lv, "your knee gets stuck" if t == EDITED_SIGN else t) for lv, t in before]
    assert [(level, text) for level, text, _covers in signs(published)] == before
    if edit == "spanish":
        assert "la rodilla se le queda trabada" in spanish_signs.values_list("text", flat=True)
    assert "v3.1" not in published.notes
    # ... and the v3.1 list arrives as a new draft: a copy of that version, with a note.
    (draft,) = Questionnaire.objects.exclude(pk=pk)
    assert draft.status == QuestionnaireStatus.DRAFT
    assert draft.version == published.version + 1 and draft.based_on == BASED_ON
    assert f"Copied from version {published.version}" in draft.notes
    assert "had been changed here" in draft.notes
    assert signs(draft) == SHIPPED_V3_1
    for part in ("questions", "outcomes", "rules", "test_cases"):
        assert getattr(draft, part).count() == getattr(published, part).count(), part
    assert draft.default_outcome.questionnaire == draft
    assert draft.translations.filter(language="es").count() == len(texts.english_texts(draft))
    # Rule translations name the draft's own rules (by key since migration 0011).
    rule_keys = set(draft.rules.values_list("key", flat=True))
    translated_rules = draft.translations.filter(part="rule").values_list("key", flat=True)
    assert set(translated_rules) <= rule_keys
    assert (
        services.questionnaire_problems(services.questionnaire_with_parts().get(pk=draft.pk)) == []
    )
    # Patients are still served the clinic's published version.
    page = client.get("/triage/")
    assert page.status_code == 200
