"""Rules and warning signs get a stable ``key``, like questions and outcomes.

Translations and stored submissions named a rule or a warning sign by its row
id, so copying a version had to remap ids, and the shipped Spanish was matched
to rows by their English words. From here they name it by key:

- Each existing rule and sign gets a key: a shipped one (found by the name or
  the words it shipped with, in any version) the shipped key; any other, or a
  second row with the same shipped words in one version, ``custom_<id>``.
- Translation rows of rules and signs are re-keyed from the id to the key.
- A submission's ``fired_rules`` (the ids of the rules that fired) become keys;
  an id whose rule is gone is left out (the result page then finds the rules
  by the reasons stored beside it, as for submissions made before ids were kept).

The keys are frozen here: renaming a key in ``triage.defaults`` later must not
change what this migration writes.
"""

import django.core.validators
from django.db import migrations, models

# Shipped rule name -> key, and shipped warning sign (v3.1) -> key, as of this migration.
RULE_KEYS = {
    "Knee or kneecap out of place": "knee_or_kneecap_out_of_place",
    "Cold, white or pale foot (any cause)": "cold_white_or_pale_foot",
    "Short of breath or chest pain": "short_of_breath_or_chest_pain",
    "Feels very unwell": "feels_very_unwell",
    "Crash, high fall or hurt elsewhere": "crash_high_fall_or_hurt_elsewhere",
    "Tight, swollen shin or calf, pain getting worse (any cause)": "tight_swollen_shin_or_calf",
    "Fever with a hot, swollen knee": "fever_with_a_hot_swollen_knee",
    "Fever with a very swollen knee": "fever_with_a_very_swollen_knee",
    "Fever and cannot take 4 steps": "fever_and_cannot_take_4_steps",
    "Numb foot after an injury": "numb_foot_after_an_injury",
    "Hot, swollen knee": "hot_swollen_knee",
    "Fever or shivers": "fever_or_shivers",
    "Swollen, warm or painful calf": "swollen_warm_or_painful_calf",
    "Recent surgery or shot, hot and swollen": "recent_surgery_or_shot_hot_and_swollen",
    "Recent surgery or shot, very swollen": "recent_surgery_or_shot_very_swollen",
    "Recent surgery or shot, fever": "recent_surgery_or_shot_fever",
    "Blood thinner, very swollen knee": "blood_thinner_very_swollen_knee",
    "Blood thinner, fast swelling": "blood_thinner_fast_swelling",
    "Night pain for more than 2 weeks": "night_pain_for_more_than_2_weeks",
    "Weight loss without trying": "weight_loss_without_trying",
    "Under 18 with a limp or hip pain": "under_18_with_a_limp_or_hip_pain",
    "Ottawa 1: age 55 or older, injury in the last 7 days": "ottawa_1_age_55_injury_7_days",
    "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days": "ottawa_4_cannot_bend_90_injury_7_days",
    "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days": "ottawa_5_4_steps_injury_7_days",
    "Under 12, injury in the last 7 days": "under_12_injury_in_the_last_7_days",
    "Cannot bend to 90 degrees, injury 8 to 28 days ago": "cannot_bend_90_injury_8_to_28_days",
    "Cannot take 4 steps now (any time, any cause)": "cannot_take_4_steps_now",
    "Cannot lift the leg straight": "cannot_lift_the_leg_straight",
    "Pop or snap, injury in the last 28 days": "pop_or_snap_injury_in_the_last_28_days",
    "Knee locked": "knee_locked",
    "Fast swelling, injury in the last 28 days": "fast_swelling_injury_in_the_last_28_days",
    "Gives way, injury in the last 7 days": "gives_way_injury_in_the_last_7_days",
    "Very swollen knee (any cause)": "very_swollen_knee",
    "Numb foot": "numb_foot",
    "Under 18": "under_18",
    "Not getting better with self-care": "not_getting_better_with_self_care",
    "Gives way more than 7 days after an injury": "gives_way_after_7_days",
    "Gives way without an injury": "gives_way_without_an_injury",
    "Age 55 or older, injury 8 to 28 days ago": "age_55_or_older_injury_8_to_28_days_ago",
    "Recent knee surgery or shot": "recent_knee_surgery_or_shot",
    "Cannot bend to 90 degrees more than 7 days after it started": "cannot_bend_90_after_7_days",
    "Fast swelling after an injury more than 28 days ago": "fast_swelling_after_28_days",
    "Pop or snap after an injury more than 28 days ago": "pop_or_snap_after_28_days",
}
SAFETY_NET_KEYS = {
    "your knee or kneecap looks out of place": "deformity",
    "your foot or lower leg turns cold, white or pale": "cold_pale_foot",
    "you are suddenly short of breath or have chest pain: call an ambulance": "breathless",
    "you feel very unwell: confused, very sleepy, breathing fast, or with blotchy or very pale skin": "very_unwell",
    "your shin or calf is very tight and swollen, and the pain keeps getting worse": "tight_leg",
    "you have a fever and your knee is hot or very swollen": "fever_hot_knee",
    "you have a fever and cannot take 4 steps": "fever_cannot_walk",
    "your foot or lower leg goes numb after an injury": "numb_after_injury",
    "you were hurt in a car or bike crash or a fall from a height, or you are hurt somewhere else too": "high_energy_injury",
    "your knee is hot and swollen, even without a fever": "hot_swollen",
    "you have a fever (100.4°F / 38°C or higher)": "fever",
    "one calf is swollen, warm or painful": "calf",
    "your knee gets hot or very swollen, or you get a fever, within 3 months of knee surgery or a shot in the knee, or at any time after a knee replacement": "after_surgery",
    "your knee swells up fast or a lot, and you take a blood thinner": "blood_thinner",
    "pain wakes you at night, and has done so for more than 2 weeks": "night_pain",
    "you have lost weight without trying": "weight_loss",
    "a child or teenager has a limp, or pain in the hip, groin or thigh": "child_limp",
    "you cannot take 4 steps on the leg": "cannot_walk",
    "you cannot lift the leg with the knee straight": "straight_leg",
    "your knee is stuck (locked) and will not straighten": "locked",
    "your knee is very swollen, clearly bigger than the other knee": "very_swollen",
    "you heard or felt a pop when you hurt your knee": "pop",
    "your knee swelled up within a few hours of an injury": "swelling_fast",
    "your knee gives way in the first week after an injury": "gives_way",
    "you cannot bend your knee to a right angle after an injury (you may need an X-ray)": "bend_90",
    "you are 55 or older and hurt your knee in the last week (you may need an X-ray)": "age_55_injury",
    "a child under 12 hurt their knee in the last week": "child_injury",
    "your foot is numb, or has pins and needles that do not go away": "numb_foot",
    # The v3 list's words (before 0010), as the sign of v3.1 each became.
    "your foot or lower leg is cold, white or pale": "cold_pale_foot",
    "you have a fever and your knee is hot or swollen": "fever_hot_knee",
    "you feel very unwell, confused or very sleepy": "very_unwell",
    "you are short of breath or have chest pain": "breathless",
    "your foot goes numb after an injury": "numb_after_injury",
    "your knee locks and will not straighten": "locked",
    "your knee swells up within a few hours of an injury": "swelling_fast",
}

KEY_VALIDATOR = django.core.validators.RegexValidator(
    "^[a-z][a-z0-9_]{0,39}$", "Lower-case letters, digits and _; start with a letter."
)


def _key_field():
    return models.CharField(
        blank=True,
        help_text="Stable name used by translations and submissions; filled in when left empty.",
        max_length=40,
        validators=[KEY_VALIDATOR],
        verbose_name="key",
    )


def _give_keys(model, shipped: dict, words: str) -> dict:
    """{questionnaire id: {row id: key}} after giving every row of ``model`` its key."""
    keys, rows = {}, list(model.objects.order_by("questionnaire_id", "pk"))
    for row in rows:
        taken = keys.setdefault(row.questionnaire_id, {})
        key = shipped.get(getattr(row, words))
        row.key = key if key and key not in taken.values() else f"custom_{row.pk}"
        taken[row.pk] = row.key
    model.objects.bulk_update(rows, ["key"], batch_size=500)
    return keys


def _rekey_translations(Translation, part: str, keys: dict, old_key) -> None:
    rows = []
    for row in Translation.objects.filter(part=part):
        new = old_key(row.key, keys.get(row.questionnaire_id, {}))
        if new is not None and new != row.key:
            row.key = new
            rows.append(row)
    Translation.objects.bulk_update(rows, ["key"], batch_size=500)


def _by_id(key: str, keys: dict):
    return keys.get(int(key)) if key.isdigit() else None


def _by_key(key: str, keys: dict):
    ids = {value: str(pk) for pk, value in keys.items()}
    return ids.get(key)


def _rekey_submissions(Submission, rule_keys: dict, convert) -> None:
    rows = []
    for submission in Submission.objects.exclude(fired_rules=[]).iterator():
        keys = rule_keys.get(submission.questionnaire_id, {})
        fired = [new for ref in submission.fired_rules if (new := convert(ref, keys)) is not None]
        if fired != submission.fired_rules:
            submission.fired_rules = fired
            rows.append(submission)
    Submission.objects.bulk_update(rows, ["fired_rules"], batch_size=500)


def forwards(apps, schema_editor):
    Translation = apps.get_model("triage", "Translation")
    rule_keys = _give_keys(apps.get_model("triage", "Rule"), RULE_KEYS, "name")
    sign_keys = _give_keys(apps.get_model("triage", "SafetyNetItem"), SAFETY_NET_KEYS, "text")
    _rekey_translations(Translation, "rule", rule_keys, _by_id)
    _rekey_translations(Translation, "safety_net", sign_keys, _by_id)
    _rekey_submissions(
        apps.get_model("triage", "Submission"),
        rule_keys,
        lambda ref, keys: keys.get(ref) if isinstance(ref, int) else None,
    )


def backwards(apps, schema_editor):
    Translation = apps.get_model("triage", "Translation")
    rule_keys, sign_keys = {}, {}
    for model, keys in (("Rule", rule_keys), ("SafetyNetItem", sign_keys)):
        for pk, questionnaire_id, key in apps.get_model("triage", model).objects.values_list(
            "pk", "questionnaire_id", "key"
        ):
            keys.setdefault(questionnaire_id, {})[pk] = key
    _rekey_translations(Translation, "rule", rule_keys, _by_key)
    _rekey_translations(Translation, "safety_net", sign_keys, _by_key)

    def to_id(ref, keys):
        found = _by_key(ref, keys) if isinstance(ref, str) else None
        return int(found) if found else None

    _rekey_submissions(apps.get_model("triage", "Submission"), rule_keys, to_id)


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0010_safety_net_v3_1"),
    ]

    operations = [
        migrations.AddField(model_name="rule", name="key", field=_key_field()),
        migrations.AddField(model_name="safetynetitem", name="key", field=_key_field()),
        migrations.RunPython(forwards, backwards),
        migrations.AddConstraint(
            model_name="rule",
            constraint=models.UniqueConstraint(
                condition=models.Q(("key", ""), _negated=True),
                fields=("questionnaire", "key"),
                name="unique_rule_key",
            ),
        ),
        migrations.AddConstraint(
            model_name="safetynetitem",
            constraint=models.UniqueConstraint(
                condition=models.Q(("key", ""), _negated=True),
                fields=("questionnaire", "key"),
                name="unique_safety_net_key",
            ),
        ),
        migrations.AlterField(
            model_name="translation",
            name="key",
            field=models.CharField(
                blank=True,
                help_text="The key of the question, outcome, rule or warning sign.",
                max_length=40,
                verbose_name="key",
            ),
        ),
    ]
