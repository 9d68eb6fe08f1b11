"""The default questionnaire's test cases: CLINICAL.md v3's examples and our edge cases."""

from triage import engine
from triage.defaults.questions import NO, QUESTIONS, YES

# Test cases --------------------------------------------------------------------
# CLINICAL.md v3: unlisted yes/no answers are "no", except these, which are "yes".
_YES_BY_DEFAULT = {"weight_bear_then", "weight_bear_now", "bend_90", "straight_leg"}
BASELINE = {
    "age": 30,
    "injury": NO,
    "days_since_start": 3,
    **{
        q["key"]: (YES if q["key"] in _YES_BY_DEFAULT else NO)
        for q in QUESTIONS
        if q["kind"] == engine.YES_NO and q["key"] != "injury"
    },
}
FORM_ERRORS = engine.FORM_ERRORS


def _case(name: str, expected: str, **overrides) -> dict:
    """A whole set of answers: the baseline with the named changes."""
    unknown = set(overrides) - set(BASELINE)
    if unknown:
        raise KeyError(f"Unknown question keys in test case {name!r}: {sorted(unknown)}")
    return {"name": name, "answers": {**BASELINE, **overrides}, "expected": expected}


def _partial(name: str, expected: str, **answers) -> dict:
    """Only the answers named: everything else is missing."""
    unknown = set(answers) - set(BASELINE)
    if unknown:
        raise KeyError(f"Unknown question keys in test case {name!r}: {sorted(unknown)}")
    return {"name": name, "answers": answers, "expected": expected}


CLINICAL_EXAMPLES = [
    _case(
        "CLINICAL: age 35, injury 2 days ago skiing, could not take 4 steps then, cannot now",
        "urgent",
        age=35,
        injury=YES,
        days_since_start=2,
        weight_bear_then=NO,
        weight_bear_now=NO,
    ),
    _case(
        "CLINICAL: age 70, slipped on stairs today, walks fine, bends fine",
        "urgent",
        age=70,
        injury=YES,
        days_since_start=0,
    ),
    _case(
        "CLINICAL: age 40, no injury, hot swollen knee, fever",
        "emergency",
        age=40,
        hot_swollen=YES,
        fever=YES,
    ),
    _case(
        "CLINICAL: age 22, injury, kneecap out of place",
        "emergency",
        age=22,
        injury=YES,
        days_since_start=0,
        deformity=YES,
    ),
    _partial(
        "CLINICAL: only deformity=yes answered, everything else missing", "emergency", deformity=YES
    ),
    _partial(
        "CLINICAL: only locked=yes answered, everything else missing", FORM_ERRORS, locked=YES
    ),
    _case(
        "CLINICAL: age 66, no injury, foot cold and pale", "emergency", age=66, cold_pale_foot=YES
    ),
    _case(
        "CLINICAL: age 27, injury today, shin tight and swollen, pain getting worse",
        "emergency",
        age=27,
        injury=YES,
        days_since_start=0,
        tight_leg=YES,
    ),
    _case(
        "CLINICAL: age 31, fell off a motorbike, walks fine",
        "emergency",
        age=31,
        injury=YES,
        days_since_start=0,
        high_energy=YES,
    ),
    _case(
        "CLINICAL: age 24, injury 1 hour ago, heard a pop, walks and bends",
        "urgent",
        age=24,
        injury=YES,
        days_since_start=0,
        pop=YES,
    ),
    _case(
        "CLINICAL: age 48, stumbled on a step 10 days ago, walks stiff-legged, cannot lift the leg straight",
        "urgent",
        age=48,
        injury=YES,
        days_since_start=10,
        straight_leg=NO,
    ),
    _case(
        "CLINICAL: age 50, no injury, knee very swollen since yesterday",
        "urgent",
        age=50,
        days_since_start=1,
        very_swollen=YES,
    ),
    _case(
        "CLINICAL: age 29, injury 2 days ago, knee very swollen overnight",
        "urgent",
        age=29,
        injury=YES,
        days_since_start=2,
        very_swollen=YES,
    ),
    _case(
        "CLINICAL: age 45, no injury, calf swollen and warm, not breathless",
        "urgent_doctor",
        age=45,
        calf=YES,
    ),
    _case(
        "CLINICAL: age 24, injury today, heard a pop, one calf swollen",
        "urgent_doctor",
        age=24,
        injury=YES,
        days_since_start=0,
        pop=YES,
        calf=YES,
    ),
    _case(
        "CLINICAL: age 68, knee replacement 6 weeks ago, now hot and swollen, no fever",
        "urgent_doctor",
        age=68,
        recent_surgery=YES,
        hot_swollen=YES,
    ),
    _case(
        "CLINICAL: age 72, takes apixaban, knee swelled up fast after a fall yesterday",
        "urgent_doctor",
        age=72,
        injury=YES,
        days_since_start=1,
        blood_thinners=YES,
        swelling_fast=YES,
    ),
    _case(
        "CLINICAL: age 13, no injury, knee pain and a limp for 3 weeks",
        "urgent_doctor",
        age=13,
        days_since_start=21,
        limp_hip=YES,
    ),
    _case(
        "CLINICAL: age 9, fell off a bike today, walks and bends fine",
        "urgent",
        age=9,
        injury=YES,
        days_since_start=0,
    ),
    _case(
        "CLINICAL: age 58, injury 9 days ago, cannot bend to 90 degrees",
        "urgent",
        age=58,
        injury=YES,
        days_since_start=9,
        bend_90=NO,
    ),
    _case("CLINICAL: age 16, sore knee after football, walks fine", "under_18", age=16),
    _case(
        "CLINICAL: age 17, injury 20 days ago, knee gives way",
        "under_18",
        age=17,
        injury=YES,
        days_since_start=20,
        gives_way=YES,
    ),
    _case(
        "CLINICAL: age 28, no injury, sore front of knee after new running plan 5 days ago, walks fine",
        "self_care",
        age=28,
        days_since_start=5,
    ),
    _case(
        "CLINICAL: age 45, no injury, 4 weeks of pain on stairs, not improving with self-care",
        "routine",
        age=45,
        days_since_start=28,
        not_improving=YES,
    ),
    _case(
        "CLINICAL: age 33, knee locked after a deep squat yesterday",
        "urgent",
        age=33,
        days_since_start=1,
        locked=YES,
    ),
    _case(
        "CLINICAL: age 52, calf swollen and suddenly short of breath",
        "emergency",
        age=52,
        calf=YES,
        breathless=YES,
    ),
]

EDGE_CASES = [
    # Day boundaries: 7/8 (Ottawa window) and 28/29.
    _case("Day 7: age 60, injury", "urgent", age=60, injury=YES, days_since_start=7),
    _case(
        "Day 8: age 60, injury (routine, 55+)", "routine", age=60, injury=YES, days_since_start=8
    ),
    _case(
        "Day 28: age 60, injury (routine, 55+)", "routine", age=60, injury=YES, days_since_start=28
    ),
    _case("Day 29: age 60, injury", "self_care", age=60, injury=YES, days_since_start=29),
    _case(
        "Day 7: gives way after an injury", "urgent", injury=YES, days_since_start=7, gives_way=YES
    ),
    _case(
        "Day 8: gives way after an injury", "routine", injury=YES, days_since_start=8, gives_way=YES
    ),
    _case("Day 7: cannot bend, injury", "urgent", injury=YES, days_since_start=7, bend_90=NO),
    _case("Day 8: cannot bend, injury", "urgent", injury=YES, days_since_start=8, bend_90=NO),
    _case("Day 28: cannot bend, injury", "urgent", injury=YES, days_since_start=28, bend_90=NO),
    _case("Day 29: cannot bend, injury", "routine", injury=YES, days_since_start=29, bend_90=NO),
    _case("Day 7: cannot bend, no injury", "self_care", days_since_start=7, bend_90=NO),
    _case("Day 8: cannot bend, no injury", "routine", days_since_start=8, bend_90=NO),
    _case("Day 28: pop after an injury", "urgent", injury=YES, days_since_start=28, pop=YES),
    _case("Day 29: pop after an injury", "routine", injury=YES, days_since_start=29, pop=YES),
    _case(
        "Day 28: fast swelling after an injury",
        "urgent",
        injury=YES,
        days_since_start=28,
        swelling_fast=YES,
    ),
    _case(
        "Day 29: fast swelling after an injury",
        "routine",
        injury=YES,
        days_since_start=29,
        swelling_fast=YES,
    ),
    _case(
        "Day 8: could not take 4 steps then, can now",
        "self_care",
        injury=YES,
        days_since_start=8,
        weight_bear_then=NO,
    ),
    _case(
        "Day 2: could not take 4 steps then, can now",
        "self_care",
        injury=YES,
        days_since_start=2,
        weight_bear_then=NO,
    ),
    _case("Day 0: injury today, age 30, all fine", "self_care", injury=YES, days_since_start=0),
    # Age boundaries: 11/12, 17/18, 54/55.
    _case("Age 11: injury today", "urgent", age=11, injury=YES, days_since_start=0),
    _case("Age 12: injury today", "under_18", age=12, injury=YES, days_since_start=0),
    _case("Age 11: injury 8 days ago", "under_18", age=11, injury=YES, days_since_start=8),
    _case("Age 11: no injury", "under_18", age=11),
    _case("Age 0: injury today", "urgent", age=0, injury=YES, days_since_start=0),
    _case("Age 17: nothing else", "under_18", age=17),
    _case("Age 18: nothing else", "self_care", age=18),
    _case("Age 17: not improving", "under_18", age=17, days_since_start=21, not_improving=YES),
    _case("Age 17: locked knee", "urgent", age=17, locked=YES),
    _case("Age 17: hot swollen knee", "urgent_doctor", age=17, hot_swollen=YES),
    _case("Age 16: kneecap out of place", "emergency", age=16, deformity=YES),
    _case("Age 54: injury 3 days ago", "self_care", age=54, injury=YES),
    _case("Age 55: injury 3 days ago", "urgent", age=55, injury=YES),
    _case("Age 54: injury 8 days ago", "self_care", age=54, injury=YES, days_since_start=8),
    _case("Age 55: injury 8 days ago", "routine", age=55, injury=YES, days_since_start=8),
    _case("Age 120: no injury, very long ago", "self_care", age=120, days_since_start=36500),
    # Questions that are not asked are never true and never required.
    _case("Crash answered yes without an injury: not asked", "self_care", high_energy=YES),
    _case("Pop answered yes without an injury: not asked", "self_care", pop=YES),
    _case("Limp answered yes at 30: not asked", "self_care", limp_hip=YES),
    _partial(
        "Adult with no injury: injury-only and child-only questions may be blank",
        "self_care",
        **{
            k: v
            for k, v in BASELINE.items()
            if k not in {"high_energy", "weight_bear_then", "pop", "swelling_fast", "limp_hip"}
        },
    ),
    _partial(
        "Age 15: the limp question is asked, so a blank is an error",
        FORM_ERRORS,
        **{**{k: v for k, v in BASELINE.items() if k != "limp_hip"}, "age": 15},
    ),
    _partial(
        "Injury: 4 steps right after it is asked, so a blank is an error",
        FORM_ERRORS,
        **{**{k: v for k, v in BASELINE.items() if k != "weight_bear_then"}, "injury": YES},
    ),
    # The emergency short-circuit with partial answers.
    _partial("Only cold, pale foot answered", "emergency", cold_pale_foot=YES),
    _partial("Only short of breath answered", "emergency", breathless=YES),
    _partial("Only very unwell answered", "emergency", very_unwell=YES),
    _partial("Only tight, swollen shin answered", "emergency", tight_leg=YES),
    _partial("Only fever and hot swollen knee answered", "emergency", fever=YES, hot_swollen=YES),
    _partial("Only fever and very swollen knee answered", "emergency", fever=YES, very_swollen=YES),
    _partial(
        "Only fever and cannot take 4 steps answered", "emergency", fever=YES, weight_bear_now=NO
    ),
    _partial("Only injury and a crash answered", "emergency", injury=YES, high_energy=YES),
    _partial("Only injury and numb foot answered", "emergency", injury=YES, numb_foot=YES),
    _partial("Only a crash answered, no injury answer", FORM_ERRORS, high_energy=YES),
    _partial("Only numb foot answered, no injury answer", FORM_ERRORS, numb_foot=YES),
    _partial("Only fever answered", FORM_ERRORS, fever=YES),
    _partial("Nothing answered", FORM_ERRORS),
    _partial("Only age answered", FORM_ERRORS, age=40),
    # Invalid values count as unanswered.
    _case("Invalid age with kneecap out of place", "emergency", age="abc", deformity=YES),
    _case("Invalid age, calm otherwise", FORM_ERRORS, age="abc"),
    _case("Age 121 is out of range", FORM_ERRORS, age=121),
    _case("Age -1 is out of range", FORM_ERRORS, age=-1),
    _case("Days 3.5 is not a whole number", FORM_ERRORS, days_since_start="3.5"),
    _case("Locked 'maybe' is not yes or no", FORM_ERRORS, locked="maybe"),
    _case("Invalid out-of-place answer, calm otherwise", FORM_ERRORS, deformity="maybe"),
    _case(
        "Invalid cold-foot answer, but short of breath",
        "emergency",
        cold_pale_foot="maybe",
        breathless=YES,
    ),
    # Rank decides between the levels.
    _case("Hot swollen knee and locked", "urgent_doctor", hot_swollen=YES, locked=YES),
    _case("Fever and locked", "urgent_doctor", fever=YES, locked=YES),
    _case("Very swollen with fever", "emergency", very_swollen=YES, fever=YES),
    _case("Fever and cannot take 4 steps", "emergency", fever=YES, weight_bear_now=NO),
    _case("Recent surgery alone", "routine", recent_surgery=YES),
    _case("Recent surgery and very swollen", "urgent_doctor", recent_surgery=YES, very_swollen=YES),
    _case("Recent surgery and fever", "urgent_doctor", recent_surgery=YES, fever=YES),
    _case("Blood thinner alone", "self_care", blood_thinners=YES),
    _case("Blood thinner and very swollen", "urgent_doctor", blood_thinners=YES, very_swollen=YES),
    _case("Night pain for weeks", "urgent_doctor", days_since_start=30, night_pain=YES),
    _case("Weight loss without trying", "urgent_doctor", weight_loss=YES),
    _case("Age 15, no limp", "under_18", age=15),
    _case("Age 17 with a limp", "urgent_doctor", age=17, limp_hip=YES),
    _case("Cannot lift the leg straight, no injury", "urgent", straight_leg=NO),
    _case(
        "Cannot take 4 steps, no injury, 60 days", "urgent", days_since_start=60, weight_bear_now=NO
    ),
    _case("Numb foot without an injury", "urgent", numb_foot=YES),
    _case("Numb foot after an injury", "emergency", injury=YES, numb_foot=YES),
    _case("Tight shin without an injury", "emergency", tight_leg=YES),
    _case("Crash 3 days ago", "emergency", injury=YES, high_energy=YES),
    _case("Gives way without an injury", "routine", gives_way=YES),
    _case("Not improving after 3 weeks", "routine", days_since_start=21, not_improving=YES),
    _case("Locked and not improving", "urgent", days_since_start=21, locked=YES, not_improving=YES),
    _case("Calf swollen and short of breath", "emergency", calf=YES, breathless=YES),
    _case("Plain self-care", "self_care"),
]
