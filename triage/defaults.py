"""Default knee self-triage questionnaire (CLINICAL.md), as plain data.

``triage.demo.ensure_default_questionnaire`` loads this into the database as
version 1; ``engine_questionnaire()`` gives the same questionnaire as engine
data, so tests can check it without a database.

Design rules kept here (checked by tests/triage/test_engine_properties.py):

- Question keys are the CLINICAL.md contract. Emergency questions come first.
- ``red_flag`` marks yes/no questions where "yes" is the worrying answer. No
  rule has a clause "red-flag question equals no", so answering "yes" to a red
  flag can never lower the urgency.
- The Ottawa knee rule (items 1, 4 and 5; items 2 and 3 need an examination)
  only applies to an injury in the last 7 days.
- Every rule cites its source. Reasons complete "Because you told us ...".
- Outcome texts are plain English (reading grade 8 or lower). The result page
  adds "This is not a diagnosis." and fills {emergency_number} and
  {clinic_phone} from the clinic settings.
"""

from triage import engine

YES, NO = engine.YES, engine.NO

QUESTIONS = [
    # Emergency questions first.
    {
        "key": "deformity",
        "kind": engine.YES_NO,
        "text": "Does your knee or kneecap look out of place or misshapen?",
        "help_text": "For example, the kneecap has slid to one side, or the leg bends at an odd angle.",
        "emergency": True,
        "red_flag": True,
    },
    {
        "key": "numb_cold_foot",
        "kind": engine.YES_NO,
        "text": "Is your foot or lower leg numb, cold or pale?",
        "help_text": "Compare it with your other leg. Pins and needles count as numb.",
        "emergency": True,
        "red_flag": True,
    },
    {
        "key": "hot_swollen",
        "kind": engine.YES_NO,
        "text": "Is your knee hot, red and swollen?",
        "help_text": "The skin over it feels warmer than your other knee, and it looks red or puffy.",
        "emergency": True,
        "red_flag": True,
    },
    {
        "key": "fever",
        "kind": engine.YES_NO,
        "text": "Do you have a fever, or do you feel hot and shivery?",
        "help_text": "A fever is a temperature of 38°C (100.4°F) or more. No thermometer? Answer yes if you feel hot and shivery.",
        "emergency": True,
        "red_flag": True,
    },
    {
        "key": "calf",
        "kind": engine.YES_NO,
        "text": "Is one of your calves swollen, warm, red or painful?",
        "help_text": "Your calf is the back of your leg, below the knee.",
        "emergency": True,
        "red_flag": True,
    },
    {
        "key": "breathless",
        "kind": engine.YES_NO,
        "text": "Are you suddenly short of breath, or do you have chest pain?",
        "help_text": "Answer yes if it started suddenly or is new for you.",
        "emergency": True,
        "red_flag": True,
    },
    # Then the rest.
    {
        "key": "age",
        "kind": engine.NUMBER,
        "text": "How old are you?",
        "help_text": "Enter your age in whole years.",
        "min_value": 1,
        "max_value": 120,
        "unit": "years",
        "emergency": False,
        "red_flag": False,
    },
    {
        "key": "injury",
        "kind": engine.YES_NO,
        "text": "Did the pain start with an injury, like a twist, fall, blow or bad landing?",
        "help_text": "Answer no if it came on slowly, for example after you ran more than usual.",
        "emergency": False,
        "red_flag": False,
    },
    {
        "key": "days_since_start",
        "kind": engine.NUMBER,
        "text": "How many days ago did it start? Enter 0 if it was today.",
        "help_text": "If you hurt your knee, count from the day of the injury. One week is 7 days.",
        "min_value": 0,
        "max_value": 3650,
        "unit": "days",
        "emergency": False,
        "red_flag": False,
    },
    {
        "key": "weight_bear_then",
        "kind": engine.YES_NO,
        "text": "Right after it started, could you take 4 steps on that leg?",
        "help_text": "That is 2 steps on each leg, with no crutches and no one holding you up. Limping counts as a step.",
        "emergency": False,
        "red_flag": False,
    },
    {
        "key": "weight_bear_now",
        "kind": engine.YES_NO,
        "text": "Can you take 4 steps on that leg now?",
        "help_text": "That is 2 steps on each leg, with no crutches and no one holding you up. Limping counts as a step.",
        "emergency": False,
        "red_flag": False,
    },
    {
        "key": "bend_90",
        "kind": engine.YES_NO,
        "text": "Can you bend your knee to a right angle (90 degrees)?",
        "help_text": "That is how far it bends when you sit on a chair with your foot flat on the floor.",
        "emergency": False,
        "red_flag": False,
    },
    {
        "key": "swelling_fast",
        "kind": engine.YES_NO,
        "text": "If you hurt your knee, did it swell up within a few hours?",
        "help_text": "Answer no if there was no injury, or if it did not swell that fast.",
        "emergency": False,
        "red_flag": True,
    },
    {
        "key": "locked",
        "kind": engine.YES_NO,
        "text": "Is your knee locked, so it is stuck and you cannot straighten it?",
        "help_text": "Stiffness that eases when you move around does not count.",
        "emergency": False,
        "red_flag": True,
    },
    {
        "key": "gives_way",
        "kind": engine.YES_NO,
        "text": "Does your knee give way, or buckle under you?",
        "help_text": "Answer yes if it suddenly lets you down, as if it cannot hold your weight.",
        "emergency": False,
        "red_flag": True,
    },
    {
        "key": "night_pain",
        "kind": engine.YES_NO,
        "text": "Do you have constant pain at night or at rest? Or have you lost weight without trying?",
        "help_text": "Constant means it hurts all the time, even when you keep still.",
        "emergency": False,
        "red_flag": True,
    },
    {
        "key": "not_improving",
        "kind": engine.YES_NO,
        "text": "Have you tried rest and self-care for 2 to 3 weeks, and it is not getting better?",
        "help_text": "Self-care means rest, ice, pain relief and gentle exercise. If you hurt it over a week ago and it is not getting better, answer yes.",
        "emergency": False,
        "red_flag": True,
    },
]

OUTCOMES = [
    {
        "key": "emergency",
        "urgency": "emergency",
        "headline": "Call {emergency_number} or go to the emergency department now",
        "advice": (
            "Some of your answers are signs that need help straight away. "
            "Do not drive yourself. Ask someone to take you, or call an ambulance. "
            "Keep your leg still and try not to walk on it."
        ),
        "safety_net": (
            "Do not wait to see if it gets better. "
            "If you get worse while you wait, call {emergency_number} again. "
            "Tell them if you have chest pain, trouble breathing or feel faint."
        ),
        "related_conditions": ["knee-ligament-sprain"],
        "related_articles": ["when-to-get-help-for-knee-pain"],
    },
    {
        "key": "urgent",
        "urgency": "urgent",
        "headline": "Get seen today: call the clinic on {clinic_phone} or go to urgent care",
        "advice": (
            "A doctor, nurse or physio should check your knee today. "
            "Call the clinic and ask for a same-day appointment. "
            "If the clinic is closed, go to an urgent care centre. "
            "Until then, rest your leg and do not walk on it if it hurts a lot."
        ),
        "safety_net": (
            "Do not wait until tomorrow. "
            "Call {emergency_number} or go to the emergency department if any of these happen. "
            "Your knee looks out of place. "
            "Your foot or leg goes cold, pale or numb. "
            "You get a fever with a hot, swollen knee. "
            "You get short of breath or have chest pain."
        ),
        "related_conditions": ["knee-ligament-sprain", "meniscus-tear"],
        "related_articles": [
            "when-to-get-help-for-knee-pain",
            "what-to-do-when-your-knee-hurts-after-exercise",
        ],
    },
    {
        "key": "routine",
        "urgency": "routine",
        "headline": "Book an appointment with the clinic or a physio",
        "advice": (
            "Your knee should be checked, but it does not need to be today. "
            "Call {clinic_phone} to book a visit in the next 1 to 2 weeks. "
            "Until then, keep moving gently and cut back on what makes it hurt. "
            "If you are under 18, ask a parent or carer to help you book."
        ),
        "safety_net": (
            "If it gets much worse before your visit, call {clinic_phone}. "
            "Get seen today if your knee locks, or it swells up fast. "
            "Call {emergency_number} if your knee looks out of place, or your foot goes cold or numb. "
            "Also call if you get sudden chest pain or trouble breathing."
        ),
        "related_conditions": [
            "patellofemoral-pain-syndrome",
            "knee-osteoarthritis",
            "meniscus-tear",
            "knee-ligament-sprain",
        ],
        "related_articles": [
            "when-to-get-help-for-knee-pain",
            "getting-back-to-exercise-after-knee-pain",
            "how-your-knee-works",
        ],
    },
    {
        "key": "self_care",
        "urgency": "self_care",
        "headline": "Look after your knee at home for now",
        "advice": (
            "Rest from the activity that hurt it, but keep moving gently. "
            "Hold ice wrapped in a cloth on your knee for 15 to 20 minutes, every few hours. "
            "A pharmacist can tell you which pain relief is safe for you. "
            "When the pain eases, go back to exercise slowly and warm up first."
        ),
        "safety_net": (
            "If it is not better in 2 to 3 weeks, call {clinic_phone} to book a visit. "
            "Get seen today if you cannot put weight on your leg, your knee locks, or it swells up fast. "
            "Call {emergency_number} if your knee looks out of place, or your foot goes cold or numb. "
            "Also call if you get a fever with a hot, swollen knee, or sudden chest pain or trouble breathing."
        ),
        "related_conditions": ["patellofemoral-pain-syndrome", "knee-osteoarthritis"],
        "related_articles": [
            "what-to-do-when-your-knee-hurts-after-exercise",
            "why-exercise-can-hurt-your-knee",
            "preventing-knee-pain-from-exercise",
            "exercise-technique-and-knee-alignment",
            "getting-back-to-exercise-after-knee-pain",
        ],
    },
    {
        "key": "under_18",
        "urgency": "routine",
        "headline": "Contact the clinic on {clinic_phone} or see a doctor",
        "advice": (
            "This check is made for adults aged 18 or over. "
            "Young people's knees are still growing, so a doctor or physio should check yours. "
            "Ask a parent or carer to help you book a visit in the next 1 to 2 weeks. "
            "Until then, rest from the activity that hurts."
        ),
        "safety_net": (
            "Get seen today if you cannot put weight on your leg, your knee locks, or it swells up fast. "
            "Call {emergency_number} if your knee looks out of place, or your foot goes cold or numb. "
            "Also call if you get a fever with a hot, swollen knee, or sudden chest pain or trouble breathing."
        ),
        "related_conditions": ["patellofemoral-pain-syndrome"],
        "related_articles": ["when-to-get-help-for-knee-pain", "how-your-knee-works"],
    },
]

DEFAULT_OUTCOME = "self_care"

_OTTAWA = "Ottawa knee rule, Stiell et al. 1995/1997; Bachmann et al. 2004 meta-analysis"
_RECENT = ("days_since_start", "lte", "7")  # the Ottawa 7-day window
_LATER = ("days_since_start", "gt", "7")

RULES = [
    # Emergency ------------------------------------------------------------------
    {
        "name": "Knee or kneecap out of place",
        "outcome": "emergency",
        "reason": "your knee or kneecap looks out of place or misshapen",
        "source": "NHS: Knee pain - immediate action required; CLINICAL.md (emergency)",
        "clauses": [("deformity", "eq", YES)],
    },
    {
        "name": "Numb, cold or pale foot after an injury",
        "outcome": "emergency",
        "reason": "your foot or lower leg is numb, cold or pale after an injury",
        "source": "NHS: Knee pain - immediate action required; CLINICAL.md (emergency)",
        "clauses": [("injury", "eq", YES), ("numb_cold_foot", "eq", YES)],
    },
    {
        "name": "Hot, swollen knee with fever",
        "outcome": "emergency",
        "reason": "your knee is hot, red and swollen, and you have a fever or feel hot and shivery",
        "source": "NICE CKS: Septic arthritis; BSR/BOA guideline on the hot swollen joint (Coakley et al. 2006); CLINICAL.md (emergency)",
        "clauses": [("hot_swollen", "eq", YES), ("fever", "eq", YES)],
    },
    {
        "name": "Swollen or painful calf with sudden breathlessness",
        "outcome": "emergency",
        "reason": "one calf is swollen or painful, and you are suddenly short of breath or have chest pain",
        "source": "NICE NG158: Venous thromboembolic diseases (2020); NHS: Pulmonary embolism; CLINICAL.md (emergency)",
        "clauses": [("calf", "eq", YES), ("breathless", "eq", YES)],
    },
    {
        "name": "Sudden breathlessness or chest pain",
        "outcome": "emergency",
        "reason": "you are suddenly short of breath or have chest pain",
        "source": "NHS: Pulmonary embolism; NHS: Chest pain; CLINICAL.md (emergency)",
        "clauses": [("breathless", "eq", YES)],
    },
    # Urgent: the Ottawa knee rule (injury in the last 7 days) -------------------
    {
        "name": "Ottawa 1: age 55 or older, injury in the last 7 days",
        "outcome": "urgent",
        "reason": "you are 55 or older and hurt your knee in the last 7 days",
        "source": f"{_OTTAWA}; item 1: age 55 or older; CLINICAL.md",
        "clauses": [("injury", "eq", YES), _RECENT, ("age", "gte", "55")],
    },
    {
        "name": "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days",
        "outcome": "urgent",
        "reason": "you cannot bend your knee to a right angle after an injury in the last 7 days",
        "source": f"{_OTTAWA}; item 4: cannot bend the knee to 90 degrees; CLINICAL.md",
        "clauses": [("injury", "eq", YES), _RECENT, ("bend_90", "eq", NO)],
    },
    {
        "name": "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days",
        "outcome": "urgent",
        "reason": "you could not take 4 steps right after the injury, and you still cannot now",
        "source": f"{_OTTAWA}; item 5: cannot take 4 steps both right after the injury and now; CLINICAL.md",
        "clauses": [
            ("injury", "eq", YES),
            _RECENT,
            ("weight_bear_then", "eq", NO),
            ("weight_bear_now", "eq", NO),
        ],
    },
    # Urgent: other reasons to be seen today -------------------------------------
    {
        "name": "Cannot take 4 steps now, started in the last 7 days",
        "outcome": "urgent",
        "reason": "you cannot take 4 steps on that leg now, and it started in the last 7 days",
        "source": "NHS: Knee pain (cannot put weight on the leg: urgent); CLINICAL.md (when to seek help: cannot bear weight)",
        "clauses": [_RECENT, ("weight_bear_now", "eq", NO)],
    },
    {
        "name": "Knee locked",
        "outcome": "urgent",
        "reason": "your knee is locked and will not straighten",
        "source": "NICE CKS: Knee pain - assessment (locked knee); CLINICAL.md (urgent)",
        "clauses": [("locked", "eq", YES)],
    },
    {
        "name": "Fast swelling after an injury in the last 7 days",
        "outcome": "urgent",
        "reason": "your knee swelled up within a few hours of an injury in the last 7 days",
        "source": "NICE CKS: Knee pain - assessment (acute swelling after injury); CLINICAL.md (urgent: swelling within a few hours of an injury)",
        "clauses": [("injury", "eq", YES), ("swelling_fast", "eq", YES), _RECENT],
    },
    {
        "name": "Gives way after an injury in the last 7 days",
        "outcome": "urgent",
        "reason": "your knee gives way after an injury in the last 7 days",
        "source": "NICE CKS: Knee pain - assessment (instability after injury); CLINICAL.md (urgent: gives way right after an injury)",
        "clauses": [("injury", "eq", YES), ("gives_way", "eq", YES), _RECENT],
    },
    {
        "name": "Hot, swollen knee",
        "outcome": "urgent",
        "reason": "your knee is hot, red and swollen",
        "source": "NICE CKS: Septic arthritis; NHS: Knee pain; CLINICAL.md (urgent: hot, swollen knee without fever)",
        "clauses": [("hot_swollen", "eq", YES)],
    },
    {
        "name": "Fever or shivers",
        "outcome": "urgent",
        "reason": "you have a fever or feel hot and shivery",
        "source": "NHS: Knee pain (high temperature or hot and shivery); NICE CKS: Septic arthritis; CLINICAL.md (when to seek help: fever)",
        "clauses": [("fever", "eq", YES)],
    },
    {
        "name": "Swollen, warm or painful calf",
        "outcome": "urgent",
        "reason": "one calf is swollen, warm, red or painful",
        "source": "NICE NG158: Venous thromboembolic diseases (2020); NHS: DVT (deep vein thrombosis); CLINICAL.md (urgent)",
        "clauses": [("calf", "eq", YES)],
    },
    {
        "name": "Constant night or rest pain, or weight loss",
        "outcome": "urgent",
        "reason": "you have constant pain at night or at rest, or you have lost weight without trying",
        "source": "NICE CKS: Knee pain - assessment (red flags); CLINICAL.md (urgent)",
        "clauses": [("night_pain", "eq", YES)],
    },
    {
        "name": "Numb, cold or pale foot without an injury",
        "outcome": "urgent",
        "reason": "your foot or lower leg is numb, cold or pale",
        "source": "NHS: Knee pain; CLINICAL.md (needs seeing today even without an injury)",
        "clauses": [("injury", "eq", NO), ("numb_cold_foot", "eq", YES)],
    },
    # Routine ----------------------------------------------------------------------
    {
        "name": "Not getting better with self-care",
        "outcome": "routine",
        "reason": "your knee is not getting better with rest and self-care",
        "source": "NHS: Knee pain (see a GP if not better after a few weeks); CLINICAL.md (routine: not improving after 2-3 weeks of self-care)",
        "clauses": [("not_improving", "eq", YES)],
    },
    {
        "name": "Keeps giving way more than 7 days after it started",
        "outcome": "routine",
        "reason": "your knee still gives way more than 7 days after it started",
        "source": "NICE CKS: Knee pain - assessment (instability); CLINICAL.md (routine: keeps giving way long after an injury)",
        "clauses": [("gives_way", "eq", YES), _LATER],
    },
    {
        "name": "Gives way without an injury",
        "outcome": "routine",
        "reason": "your knee gives way, even though you did not injure it",
        "source": "NICE CKS: Knee pain - assessment (instability); CLINICAL.md (routine)",
        "clauses": [("gives_way", "eq", YES), ("injury", "eq", NO), _RECENT],
    },
    {
        "name": "Still cannot take 4 steps more than 7 days after it started",
        # Urgent, not routine: being unable to bear weight at all needs a
        # same-day assessment however long ago it began (and the safety-net
        # texts already say "get seen today if you cannot put weight on it").
        "outcome": "urgent",
        "reason": "you still cannot take 4 steps on that leg more than 7 days after it started",
        "source": "NHS: Knee pain (cannot put weight on the leg: urgent); CLINICAL.md (when to seek help: cannot bear weight)",
        "clauses": [_LATER, ("weight_bear_now", "eq", NO)],
    },
    {
        "name": "Still cannot bend to 90 degrees more than 7 days after it started",
        "outcome": "routine",
        "reason": "you still cannot bend your knee to a right angle more than 7 days after it started",
        "source": "NHS: Knee pain; CLINICAL.md (routine: injury more than 7 days ago that is not getting better)",
        "clauses": [_LATER, ("bend_90", "eq", NO)],
    },
    {
        "name": "Fast swelling after an injury more than 7 days ago",
        "outcome": "routine",
        "reason": "your knee swelled up within a few hours of an injury more than 7 days ago",
        "source": "NICE CKS: Knee pain - assessment (acute swelling after injury); CLINICAL.md (routine: injury more than 7 days ago)",
        "clauses": [("injury", "eq", YES), ("swelling_fast", "eq", YES), _LATER],
    },
    # Under 18 ---------------------------------------------------------------------
    {
        "name": "Under 18",
        "outcome": "under_18",
        "reason": "you are under 18",
        "source": "CLINICAL.md: the form is for adults (18+); under 18, contact the clinic or a doctor",
        "clauses": [("age", "lt", "18")],
    },
]

# A calm adult with no worrying answers; each test case changes only what it names.
_BASELINE = {
    "age": 30,
    "injury": NO,
    "days_since_start": 3,
    "weight_bear_then": YES,
    "weight_bear_now": YES,
    "bend_90": YES,
    "deformity": NO,
    "numb_cold_foot": NO,
    "hot_swollen": NO,
    "fever": NO,
    "swelling_fast": NO,
    "locked": NO,
    "gives_way": NO,
    "calf": NO,
    "breathless": NO,
    "night_pain": NO,
    "not_improving": NO,
}


def _case(name: str, expected: str, **overrides) -> dict:
    unknown = set(overrides) - set(_BASELINE)
    if unknown:
        raise KeyError(f"Unknown question keys in test case {name!r}: {sorted(unknown)}")
    return {"name": name, "answers": {**_BASELINE, **overrides}, "expected": expected}


TEST_CASES = [
    # CLINICAL.md examples.
    _case(
        "CLINICAL example: age 35, ski injury 2 days ago, could not take 4 steps then or now",
        "urgent",
        age=35,
        injury=YES,
        days_since_start=2,
        weight_bear_then=NO,
        weight_bear_now=NO,
    ),
    _case(
        "CLINICAL example: age 70, slipped on stairs today, walks and bends fine",
        "urgent",
        age=70,
        injury=YES,
        days_since_start=0,
    ),
    _case(
        "CLINICAL example: age 40, no injury, hot swollen knee with fever",
        "emergency",
        age=40,
        hot_swollen=YES,
        fever=YES,
    ),
    _case(
        "CLINICAL example: age 22, injury, kneecap out of place",
        "emergency",
        age=22,
        injury=YES,
        days_since_start=0,
        deformity=YES,
    ),
    _case(
        "CLINICAL example: age 28, no injury, sore after new running plan 5 days ago, walks fine",
        "self_care",
        age=28,
        days_since_start=5,
    ),
    _case(
        "CLINICAL example: age 45, no injury, 4 weeks of pain on stairs, not improving",
        "routine",
        age=45,
        days_since_start=28,
        not_improving=YES,
    ),
    _case(
        "CLINICAL example: age 33, knee locked after a deep squat yesterday",
        "urgent",
        age=33,
        days_since_start=1,
        locked=YES,
    ),
    _case(
        "CLINICAL example: age 52, calf swollen and suddenly short of breath",
        "emergency",
        age=52,
        calf=YES,
        breathless=YES,
    ),
    # Ottawa item 1: age boundary and the 7-day window.
    _case(
        "Ottawa age: 54, injury yesterday, walks and bends fine",
        "self_care",
        age=54,
        injury=YES,
        days_since_start=1,
    ),
    _case(
        "Ottawa age: 55, injury yesterday, walks and bends fine",
        "urgent",
        age=55,
        injury=YES,
        days_since_start=1,
    ),
    _case(
        "Ottawa window: age 60, injury 7 days ago", "urgent", age=60, injury=YES, days_since_start=7
    ),
    _case(
        "Ottawa window: age 60, injury 8 days ago",
        "self_care",
        age=60,
        injury=YES,
        days_since_start=8,
    ),
    _case(
        "Ottawa needs an injury: age 70, no injury, 2 days", "self_care", age=70, days_since_start=2
    ),
    # Ottawa item 5: 4 steps both then and now.
    _case(
        "Steps: could not take 4 steps right after the injury, can now (not Ottawa-positive)",
        "self_care",
        injury=YES,
        days_since_start=2,
        weight_bear_then=NO,
    ),
    _case(
        "Steps: could take 4 steps right after the injury, cannot now (cannot bear weight)",
        "urgent",
        injury=YES,
        days_since_start=2,
        weight_bear_now=NO,
    ),
    _case(
        "Steps: no injury, cannot take 4 steps now, started 2 days ago",
        "urgent",
        days_since_start=2,
        weight_bear_now=NO,
    ),
    _case(
        "Steps: injury 8 days ago, could not take 4 steps then or now (Ottawa window over; still urgent)",
        "urgent",
        injury=YES,
        days_since_start=8,
        weight_bear_then=NO,
        weight_bear_now=NO,
    ),
    _case(
        "Steps: injury 14 days ago, still cannot take 4 steps (urgent: cannot bear weight)",
        "urgent",
        injury=YES,
        days_since_start=14,
        weight_bear_now=NO,
    ),
    # Ottawa item 4: bending to 90 degrees.
    _case("Bend: cannot bend to 90 degrees, injury 3 days ago", "urgent", injury=YES, bend_90=NO),
    _case("Bend: cannot bend to 90 degrees, no injury, 3 days", "self_care", bend_90=NO),
    _case(
        "Bend: cannot bend to 90 degrees, no injury, 14 days",
        "routine",
        days_since_start=14,
        bend_90=NO,
    ),
    # Age: under 18.
    _case("Under 18: age 17, nothing else (under-18 outcome)", "routine", age=17),
    _case("Under 18: age 17 with kneecap out of place", "emergency", age=17, deformity=YES),
    _case("Under 18: age 17 with a locked knee", "urgent", age=17, locked=YES),
    _case("Adult: age 18, nothing else", "self_care", age=18),
    # Calf and breathing.
    _case("Calf swollen or painful on its own", "urgent", calf=YES),
    _case("Calf swollen with sudden breathlessness", "emergency", calf=YES, breathless=YES),
    _case("Sudden breathlessness or chest pain on its own", "emergency", breathless=YES),
    # Hot, swollen knee and fever.
    _case("Hot, swollen knee without fever", "urgent", hot_swollen=YES),
    _case("Hot, swollen knee with fever, age 30", "emergency", hot_swollen=YES, fever=YES),
    _case("Fever or shivers on their own", "urgent", fever=YES),
    # Numb, cold or pale foot.
    _case(
        "Numb, cold foot after an injury today",
        "emergency",
        injury=YES,
        days_since_start=0,
        numb_cold_foot=YES,
    ),
    _case("Numb, cold foot without an injury", "urgent", numb_cold_foot=YES),
    # Locking, swelling, giving way.
    _case("Locked knee, pain for 2 months", "urgent", days_since_start=60, locked=YES),
    _case(
        "Swelled up within hours of an injury yesterday",
        "urgent",
        injury=YES,
        days_since_start=1,
        swelling_fast=YES,
    ),
    _case(
        "Swelled up within hours of an injury 20 days ago",
        "routine",
        injury=YES,
        days_since_start=20,
        swelling_fast=YES,
    ),
    _case(
        "Gives way 2 days after an injury", "urgent", injury=YES, days_since_start=2, gives_way=YES
    ),
    _case(
        "Gives way 30 days after an injury",
        "routine",
        injury=YES,
        days_since_start=30,
        gives_way=YES,
    ),
    _case("Gives way without an injury, 3 days", "routine", gives_way=YES),
    # Night pain, not improving, most urgent wins, plain self-care.
    _case("Constant night pain", "urgent", days_since_start=21, night_pain=YES),
    _case(
        "Not improving after 3 weeks of self-care",
        "routine",
        days_since_start=21,
        not_improving=YES,
    ),
    _case("Under 18 and not improving", "routine", age=17, days_since_start=21, not_improving=YES),
    _case(
        "Most urgent wins: age 70, injury today, kneecap out of place",
        "emergency",
        age=70,
        injury=YES,
        days_since_start=0,
        deformity=YES,
    ),
    _case(
        "Most urgent wins: not improving and locked",
        "urgent",
        days_since_start=21,
        not_improving=YES,
        locked=YES,
    ),
    _case("Plain self-care: age 30, no injury, 3 days, walks and bends fine", "self_care"),
    _case(
        "Oldest and longest: age 120, no injury, 3650 days",
        "self_care",
        age=120,
        days_since_start=3650,
    ),
]


def engine_questionnaire() -> engine.Questionnaire:
    """The default questionnaire as engine data (used by tests without a database)."""
    return engine.Questionnaire(
        questions=tuple(
            engine.Question(
                key=q["key"],
                kind=q["kind"],
                label=q["text"],
                choices=(),
                min_value=q.get("min_value"),
                max_value=q.get("max_value"),
                red_flag=q.get("red_flag", False),
            )
            for q in QUESTIONS
        ),
        outcomes=tuple(engine.Outcome(o["key"], o["urgency"]) for o in OUTCOMES),
        rules=tuple(
            engine.Rule(
                clauses=tuple(
                    engine.Clause(key, op, str(value)) for key, op, value in r["clauses"]
                ),
                outcome=r["outcome"],
                reason=r["reason"],
                source=r["source"],
                name=r["name"],
            )
            for r in RULES
        ),
        default_outcome=DEFAULT_OUTCOME,
    )
