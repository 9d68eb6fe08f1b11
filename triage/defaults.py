"""Default knee self-triage questionnaire, CLINICAL.md version 3, as plain data.

``triage.demo`` loads this into the database (a fresh database gets it
published; one that already serves an older version gets it as a draft for
the clinical lead). ``engine_questionnaire()`` gives the same questionnaire as
engine data, so tests can check it without a database.

Design rules kept here (checked by tests/triage/test_defaults.py and
tests/triage/test_engine_properties.py):

- Question keys, steps and "ask only when" clauses are the CLINICAL.md v3
  contract. Step 1 holds age, injury, how long ago, and every question an
  emergency rule uses, so an emergency can end the questionnaire early.
- ``red_flag`` marks yes/no questions where "yes" is the worrying answer. No
  rule requires a red flag to be "no", so a "yes" never lowers the outcome.
- Outcomes carry an explicit rank (1 = most urgent); rank alone decides.
- Every rule cites its source. Reasons complete "Because you told us ...".
- Outcome texts are plain US English (reading grade 8 or lower). The result
  page adds "This is not a diagnosis.", the one safety-net list, and fills
  {emergency_number}, {clinic_phone}, {urgent_care} and {out_of_hours} from
  the clinic settings.
"""

from triage import engine

YES, NO = engine.YES, engine.NO
VERSION_NOTE = "Default questionnaire, CLINICAL.md version 3."

_STEPS_HINT = "Two steps on each leg. Limping is fine, but no crutches and no one holding you up."


def _yes_no(key, step, text, error_name, help_text="", red_flag=True, ask_when=""):
    return {
        "key": key,
        "kind": engine.YES_NO,
        "step": step,
        "text": text,
        "help_text": help_text,
        "error_name": error_name,
        "red_flag": red_flag,
        "ask_when": ask_when,
    }


QUESTIONS = [
    # Step 1: about you, and the emergency screen.
    {
        "key": "age",
        "kind": engine.NUMBER,
        "step": 1,
        "text": "How old are you?",
        "help_text": "In years, for example 35.",
        "error_name": "your age",
        "example": "35",
        "min_value": 0,
        "max_value": 120,
        "unit": "years",
    },
    _yes_no(
        "injury",
        1,
        "Did it start with an injury: a twist, fall, blow or bad landing?",
        "if it started with an injury",
        "Answer no if it came on slowly, for example after you ran more than usual.",
        red_flag=False,
    ),
    {
        "key": "days_since_start",
        "kind": engine.NUMBER,
        "step": 1,
        "text": "How many days ago did it start? If you hurt it again, count from the latest injury.",
        "help_text": "Enter 0 if it was today, for example 3. One week is 7 days.",
        "error_name": "how many days ago it started",
        "example": "3",
        "min_value": 0,
        "max_value": 36500,
        "unit": "days",
    },
    _yes_no(
        "high_energy",
        1,
        "If it started with an injury: did it happen in a car or bike crash, a fall from "
        "higher than standing, or are you hurt somewhere else too?",
        "if it happened in a crash or a high fall",
        ask_when="injury = yes",
    ),
    _yes_no(
        "deformity",
        1,
        "Does your knee or kneecap look out of place?",
        "if your knee looks out of place",
        "Swelling alone does not count.",
    ),
    _yes_no(
        "cold_pale_foot",
        1,
        "Is your foot or lower leg cold, white or pale compared with the other one?",
        "if your foot is cold or pale",
        "A bruise alone does not count.",
    ),
    _yes_no(
        "numb_foot",
        1,
        "Is your foot or lower leg numb, or do you have pins and needles that do not go away?",
        "if your foot is numb",
        "Numb for a short time just after ice does not count.",
    ),
    _yes_no(
        "tight_leg",
        1,
        "Is your shin or calf very tight and swollen, with pain that keeps getting worse?",
        "if your shin or calf is tight and swollen",
    ),
    _yes_no(
        "breathless",
        1,
        "Are you suddenly short of breath, or do you have chest pain?",
        "if you are short of breath or have chest pain",
    ),
    _yes_no(
        "very_unwell",
        1,
        "Do you feel very unwell: confused, very sleepy, breathing fast, "
        "or with blotchy or very pale skin?",
        "if you feel very unwell",
    ),
    _yes_no(
        "fever",
        1,
        "Do you have a fever (100.4°F / 38°C or higher), or feel hot and shivery?",
        "if you have a fever",
        "No thermometer? Answer yes if you feel hot and shivery.",
    ),
    _yes_no(
        "hot_swollen",
        1,
        "Is your knee hot and swollen?",
        "if your knee is hot and swollen",
        "It may look red, or darker on brown or black skin.",
    ),
    _yes_no(
        "very_swollen",
        1,
        "Is your knee very swollen, clearly bigger than the other knee?",
        "if your knee is very swollen",
    ),
    _yes_no(
        "weight_bear_now",
        1,
        "Can you take 4 steps on it now?",
        "if you can take 4 steps now",
        _STEPS_HINT,
        red_flag=False,
    ),
    # Step 2: only the questions that apply.
    _yes_no(
        "weight_bear_then",
        2,
        "Right after it happened, could you take 4 steps on that leg?",
        "if you could take 4 steps right after it happened",
        _STEPS_HINT,
        red_flag=False,
        ask_when="injury = yes",
    ),
    _yes_no(
        "pop",
        2,
        "When it happened, did you hear or feel a pop or snap?",
        "if you heard or felt a pop",
        ask_when="injury = yes",
    ),
    _yes_no(
        "swelling_fast",
        2,
        "Did it swell up within a few hours of the injury?",
        "if it swelled up within a few hours",
        ask_when="injury = yes",
    ),
    _yes_no(
        "bend_90",
        2,
        "Can you bend your knee to a right angle, like sitting on a chair?",
        "if you can bend your knee to a right angle",
        red_flag=False,
    ),
    _yes_no(
        "straight_leg",
        2,
        "Lying on your back, can you lift the leg off the bed with the knee straight?",
        "if you can lift your leg with the knee straight",
        red_flag=False,
    ),
    _yes_no(
        "locked",
        2,
        "Is your knee stuck (locked) so it will not straighten?",
        "if your knee is locked",
        "Stiffness that eases when you move around does not count.",
    ),
    _yes_no(
        "gives_way",
        2,
        "Does your knee give way under you?",
        "if your knee gives way",
    ),
    _yes_no(
        "calf",
        2,
        "Is one calf swollen, warm or painful?",
        "if one calf is swollen or painful",
        "Your calf is the back of your leg, below the knee.",
    ),
    _yes_no(
        "recent_surgery",
        2,
        "Have you had a knee replacement, knee surgery in the last 3 months, "
        "or a shot (injection) into the knee in the last 3 months?",
        "if you had knee surgery or a shot in the knee",
    ),
    _yes_no(
        "blood_thinners",
        2,
        "Do you take a blood thinner (such as warfarin, apixaban or rivaroxaban), "
        "or have a bleeding disorder?",
        "if you take a blood thinner",
    ),
    _yes_no(
        "night_pain",
        2,
        "Does the pain wake you at night, and has that gone on for more than 2 weeks?",
        "if the pain wakes you at night",
    ),
    _yes_no(
        "weight_loss",
        2,
        "Have you lost weight without trying?",
        "if you have lost weight without trying",
    ),
    _yes_no(
        "limp_hip",
        2,
        "Do you have a limp, or pain in your hip, groin or thigh?",
        "if you have a limp or hip pain",
        ask_when="age < 18",
    ),
    _yes_no(
        "not_improving",
        2,
        "Have you tried rest and self-care for 2 to 3 weeks, and it is not getting better?",
        "if it is getting better with self-care",
        "Self-care means rest, ice, pain relief and gentle exercise.",
    ),
]

# The one safety-net list (CLINICAL.md v3), in its order. Every outcome, the
# "When to get help" article and every condition's care cards render it.
SAFETY_NET = [
    ("emergency", "your foot or lower leg is cold, white or pale"),
    ("emergency", "your knee or kneecap looks out of place"),
    ("emergency", "you have a fever and your knee is hot or swollen"),
    ("emergency", "you feel very unwell, confused or very sleepy"),
    ("emergency", "you are short of breath or have chest pain"),
    ("emergency", "your shin or calf is very tight and swollen, and the pain keeps getting worse"),
    # The list's "numb foot" is an emergency after an injury (a dislocation that went
    # back in can hurt a nerve or blood vessel), so it stands at both levels.
    ("emergency", "your foot goes numb after an injury"),
    ("urgent", "one calf is swollen, warm or painful"),
    ("urgent", "your foot is numb, or has pins and needles that do not go away"),
    ("urgent", "you cannot take 4 steps on the leg"),
    ("urgent", "you cannot lift the leg with the knee straight"),
    ("urgent", "your knee locks and will not straighten"),
    ("urgent", "your knee swells up within a few hours of an injury"),
]

OUTCOMES = [
    {
        "key": "emergency",
        "rank": 1,
        "urgency": "emergency",
        "headline": "Call {emergency_number} now, or go to the emergency room",
        "advice": (
            "Some of your answers are signs that need help right away. "
            "If you have chest pain, trouble breathing or feel very unwell, "
            "call {emergency_number} for an ambulance. "
            "Do not drive yourself. "
            "Keep your leg still and try not to stand on it."
        ),
        "safety_net": "Do not wait to see if it gets better.",
        "related_conditions": ["knee-ligament-sprain"],
        "related_articles": ["when-to-get-help-for-knee-pain"],
    },
    {
        "key": "urgent_doctor",
        "rank": 2,
        "urgency": "urgent",
        "headline": "See a doctor today",
        "advice": (
            "Some of your answers can be signs of a blood clot, an infection or a growth. "
            "A doctor needs to check you today, not a physical therapist. "
            "Call {clinic_phone} and ask to see a doctor today, or go to {urgent_care}. "
            "If everything is closed, {out_of_hours}."
        ),
        "safety_net": "Do not wait until tomorrow.",
        "related_conditions": [],
        "related_articles": ["when-to-get-help-for-knee-pain"],
    },
    {
        "key": "urgent",
        "rank": 3,
        "urgency": "urgent",
        "headline": "Get seen today",
        "advice": (
            "Your knee needs to be checked today. "
            "Call {clinic_phone} and ask to be seen today, or go to {urgent_care}. "
            "If everything is closed, {out_of_hours}. "
            "Until then, rest your leg. If you cannot take 4 steps, do not try to walk on it."
        ),
        "safety_net": "Do not wait until tomorrow.",
        "related_conditions": ["knee-ligament-sprain", "meniscus-tear"],
        "related_articles": [
            "when-to-get-help-for-knee-pain",
            "what-to-do-when-your-knee-hurts-after-exercise",
        ],
    },
    {
        "key": "under_18",
        "rank": 4,
        "urgency": "routine",
        "headline": "Contact the clinic or a doctor within a few days",
        "advice": (
            "This check is made for adults aged 18 or over. "
            "A young person's knee is still growing, so a doctor should check yours. "
            "Ask a parent or caregiver to call {clinic_phone} or your doctor in the next few days. "
            "Until then, rest from the activity that hurts."
        ),
        "safety_net": "If it gets worse before then, call {clinic_phone}.",
        "related_conditions": ["patellofemoral-pain-syndrome"],
        "related_articles": ["when-to-get-help-for-knee-pain", "how-your-knee-works"],
    },
    {
        "key": "routine",
        "rank": 5,
        "urgency": "routine",
        "headline": "Book a visit with the clinic",
        "advice": (
            "Your knee should be checked, but it does not need to be today. "
            "Call {clinic_phone} to book a visit in the next 1 to 2 weeks. "
            "If you had knee surgery or a shot in the knee, call your surgery team too. "
            "Until then, keep moving gently and cut back on what makes it hurt."
        ),
        "safety_net": "If it gets worse before your visit, call {clinic_phone}.",
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
        "rank": 6,
        "urgency": "self_care",
        "headline": "Look after your knee at home for now",
        "advice": (
            "Rest from the activity that hurt it, but keep moving gently. "
            "Hold ice wrapped in a cloth on your knee for 15 to 20 minutes every few hours. "
            "Never put ice on numb skin. "
            "For pain, try acetaminophen (paracetamol) first. "
            "Take no more than the pack says, and no other medicine that has it in it. "
            "Ask a doctor first if you have liver disease or drink a lot of alcohol. "
            "Do not take ibuprofen or naproxen in the first 2 days after an injury. "
            "After that, ask a pharmacist if they are safe for you. "
            "When the pain eases, go back to exercise slowly and warm up first."
        ),
        "safety_net": "If it is not better in 2 to 3 weeks, call {clinic_phone} to book a visit.",
        "related_conditions": ["patellofemoral-pain-syndrome", "knee-osteoarthritis"],
        "related_articles": [
            "what-to-do-when-your-knee-hurts-after-exercise",
            "why-exercise-can-hurt-your-knee",
            "preventing-knee-pain-from-exercise",
            "exercise-technique-and-knee-alignment",
            "getting-back-to-exercise-after-knee-pain",
        ],
    },
]

DEFAULT_OUTCOME = "self_care"

_OTTAWA = "Ottawa knee rule, Stiell et al. 1995/1997; Bachmann et al. 2004 meta-analysis"
_V3 = "CLINICAL.md v3"
_WITHIN_7 = ("days_since_start", "lte", "7")  # the Ottawa 7-day window
_AFTER_7 = ("days_since_start", "gt", "7")
_FROM_8 = ("days_since_start", "gte", "8")
_WITHIN_28 = ("days_since_start", "lte", "28")
_AFTER_28 = ("days_since_start", "gt", "28")
_INJURY = ("injury", "eq", YES)


def _rule(outcome, name, reason, source, *clauses):
    return {
        "outcome": outcome,
        "name": name,
        "reason": reason,
        "source": source,
        "clauses": list(clauses),
    }


RULES = [
    # Emergency (rank 1) ---------------------------------------------------------
    _rule(
        "emergency",
        "Knee or kneecap out of place",
        "your knee or kneecap looks out of place",
        f"Dislocation of the knee or kneecap; NHS: Knee pain, immediate action; {_V3}",
        ("deformity", "eq", YES),
    ),
    _rule(
        "emergency",
        "Cold, white or pale foot (any cause)",
        "your foot or lower leg is cold, white or pale",
        "Acute limb ischaemia: muscle is lost within 4-6 hours (ESVS 2020 guideline); " + _V3,
        ("cold_pale_foot", "eq", YES),
    ),
    _rule(
        "emergency",
        "Short of breath or chest pain",
        "you are suddenly short of breath or have chest pain",
        f"Pulmonary embolism, chest pain: NICE NG158 (2020); {_V3}",
        ("breathless", "eq", YES),
    ),
    _rule(
        "emergency",
        "Feels very unwell",
        "you feel very unwell",
        f"Sepsis: NICE NG51 (recognition of high-risk signs); {_V3}",
        ("very_unwell", "eq", YES),
    ),
    _rule(
        "emergency",
        "Crash, high fall or hurt elsewhere",
        "it happened in a crash or a high fall, or you are hurt somewhere else too",
        f"Major trauma: NICE NG39 (2016); {_V3}",
        _INJURY,
        ("high_energy", "eq", YES),
    ),
    _rule(
        "emergency",
        "Tight, swollen shin or calf, pain getting worse (any cause)",
        "your shin or calf is very tight and swollen, and the pain keeps getting worse",
        "Acute compartment syndrome: numbness comes late, so it is not required "
        f"(BOAST 10, 2016); {_V3}",
        ("tight_leg", "eq", YES),
    ),
    _rule(
        "emergency",
        "Fever with a hot, swollen knee",
        "you have a fever and your knee is hot and swollen",
        f"Septic arthritis: NICE CKS; BSR/BOA hot swollen joint guideline (Coakley 2006); {_V3}",
        ("fever", "eq", YES),
        ("hot_swollen", "eq", YES),
    ),
    _rule(
        "emergency",
        "Fever with a very swollen knee",
        "you have a fever and your knee is very swollen",
        f"Septic arthritis: NICE CKS; BSR/BOA hot swollen joint guideline (Coakley 2006); {_V3}",
        ("fever", "eq", YES),
        ("very_swollen", "eq", YES),
    ),
    _rule(
        "emergency",
        "Fever and cannot take 4 steps",
        "you have a fever and cannot take 4 steps",
        f"Septic arthritis: NICE CKS; BSR/BOA hot swollen joint guideline (Coakley 2006); {_V3}",
        ("fever", "eq", YES),
        ("weight_bear_now", "eq", NO),
    ),
    _rule(
        "emergency",
        "Numb foot after an injury",
        "your foot is numb after an injury",
        "Nerve or blood vessel injury, e.g. a knee dislocation that went back in "
        f"(NICE NG37 fractures; {_V3})",
        _INJURY,
        ("numb_foot", "eq", YES),
    ),
    # Urgent, doctor (rank 2) ----------------------------------------------------
    _rule(
        "urgent_doctor",
        "Hot, swollen knee",
        "your knee is hot and swollen",
        f"Joint infection or crystal arthritis: NICE CKS Septic arthritis, Gout; {_V3}",
        ("hot_swollen", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Fever or shivers",
        "you have a fever or feel hot and shivery",
        f"Infection: NICE CKS Septic arthritis; {_V3}",
        ("fever", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Swollen, warm or painful calf",
        "one calf is swollen, warm or painful",
        f"Deep vein thrombosis: NICE NG158 (2020), assess within 4 hours; {_V3}",
        ("calf", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Recent surgery or shot, hot and swollen",
        "you had knee surgery or a shot in the knee, and it is hot and swollen",
        f"Prosthetic or post-operative joint infection: NICE CKS Septic arthritis; {_V3}",
        ("recent_surgery", "eq", YES),
        ("hot_swollen", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Recent surgery or shot, very swollen",
        "you had knee surgery or a shot in the knee, and it is very swollen",
        f"Prosthetic or post-operative joint infection: NICE CKS Septic arthritis; {_V3}",
        ("recent_surgery", "eq", YES),
        ("very_swollen", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Recent surgery or shot, fever",
        "you had knee surgery or a shot in the knee, and you have a fever",
        f"Prosthetic or post-operative joint infection: NICE CKS Septic arthritis; {_V3}",
        ("recent_surgery", "eq", YES),
        ("fever", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Blood thinner, very swollen knee",
        "you take a blood thinner and your knee is very swollen",
        f"Bleeding into the joint (haemarthrosis) on anticoagulants; {_V3}",
        ("blood_thinners", "eq", YES),
        ("very_swollen", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Blood thinner, fast swelling",
        "you take a blood thinner and your knee swelled up fast",
        f"Bleeding into the joint (haemarthrosis) on anticoagulants; {_V3}",
        ("blood_thinners", "eq", YES),
        ("swelling_fast", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Night pain for more than 2 weeks",
        "the pain wakes you at night, and has for more than 2 weeks",
        f"Bone tumour or infection: NICE NG12 (suspected cancer), bone sarcoma; {_V3}",
        ("night_pain", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Weight loss without trying",
        "you have lost weight without trying",
        f"Tumour or infection: NICE NG12 (suspected cancer); {_V3}",
        ("weight_loss", "eq", YES),
    ),
    _rule(
        "urgent_doctor",
        "Under 18 with a limp or hip pain",
        "you are under 18 and have a limp, or pain in your hip, groin or thigh",
        "Slipped upper femoral epiphysis: knee pain with a limp, the child may still walk "
        f"(NICE CKS Acute childhood limp); {_V3}",
        ("age", "lt", "18"),
        ("limp_hip", "eq", YES),
    ),
    # Urgent, clinic (rank 3) ----------------------------------------------------
    _rule(
        "urgent",
        "Ottawa 1: age 55 or older, injury in the last 7 days",
        "you are 55 or older and hurt your knee in the last 7 days",
        f"{_OTTAWA}; item 1: age 55 or older; {_V3}",
        _INJURY,
        _WITHIN_7,
        ("age", "gte", "55"),
    ),
    _rule(
        "urgent",
        "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days",
        "you cannot bend your knee to a right angle after an injury in the last 7 days",
        f"{_OTTAWA}; item 4: cannot bend the knee to 90 degrees; {_V3}",
        _INJURY,
        _WITHIN_7,
        ("bend_90", "eq", NO),
    ),
    _rule(
        "urgent",
        "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days",
        "you could not take 4 steps right after the injury, and you still cannot now",
        f"{_OTTAWA}; item 5: cannot take 4 steps both right after the injury and now; {_V3}",
        _INJURY,
        _WITHIN_7,
        ("weight_bear_then", "eq", NO),
        ("weight_bear_now", "eq", NO),
    ),
    _rule(
        "urgent",
        "Under 12, injury in the last 7 days",
        "you are under 12 and hurt your knee in the last 7 days",
        "Ottawa rule not validated under 12; Pittsburgh rule X-rays under-12s after a fall "
        f"or blow (Seaberg 1994); {_V3}",
        _INJURY,
        _WITHIN_7,
        ("age", "lt", "12"),
    ),
    _rule(
        "urgent",
        "Cannot bend to 90 degrees, injury 8 to 28 days ago",
        "you still cannot bend your knee to a right angle 8 to 28 days after an injury",
        f"A knee that has not settled after the Ottawa window; {_V3}",
        _INJURY,
        _FROM_8,
        _WITHIN_28,
        ("bend_90", "eq", NO),
    ),
    _rule(
        "urgent",
        "Cannot take 4 steps now (any time, any cause)",
        "you cannot take 4 steps on that leg now",
        f"Cannot bear weight: NHS Knee pain, urgent; {_OTTAWA}; {_V3}",
        ("weight_bear_now", "eq", NO),
    ),
    _rule(
        "urgent",
        "Cannot lift the leg straight",
        "you cannot lift your leg with the knee straight",
        "Quadriceps or patellar tendon rupture, kneecap fracture (loss of the straight-leg "
        f"raise); {_V3}",
        ("straight_leg", "eq", NO),
    ),
    _rule(
        "urgent",
        "Pop or snap, injury in the last 28 days",
        "you heard or felt a pop when you hurt your knee in the last 4 weeks",
        f"Ligament tear (ACL): NICE CKS Knee pain, assessment; {_V3}",
        _INJURY,
        ("pop", "eq", YES),
        _WITHIN_28,
    ),
    _rule(
        "urgent",
        "Knee locked",
        "your knee is locked and will not straighten",
        f"Locked knee (displaced meniscus tear): NICE CKS Knee pain, assessment; {_V3}",
        ("locked", "eq", YES),
    ),
    _rule(
        "urgent",
        "Fast swelling, injury in the last 28 days",
        "your knee swelled up within a few hours of an injury in the last 4 weeks",
        f"Bleeding into the joint after injury (haemarthrosis): NICE CKS Knee pain; {_V3}",
        _INJURY,
        ("swelling_fast", "eq", YES),
        _WITHIN_28,
    ),
    _rule(
        "urgent",
        "Gives way, injury in the last 7 days",
        "your knee gives way after an injury in the last 7 days",
        f"Instability after injury: NICE CKS Knee pain, assessment; {_V3}",
        _INJURY,
        ("gives_way", "eq", YES),
        _WITHIN_7,
    ),
    _rule(
        "urgent",
        "Very swollen knee (any cause)",
        "your knee is very swollen",
        f"Large effusion: NICE CKS Knee pain, assessment; {_V3}",
        ("very_swollen", "eq", YES),
    ),
    _rule(
        "urgent",
        "Numb foot",
        "your foot is numb or has pins and needles that do not go away",
        f"Nerve compression or injury (emergency outranks it after an injury); {_V3}",
        ("numb_foot", "eq", YES),
    ),
    # Under 18 (rank 4) ----------------------------------------------------------
    _rule(
        "under_18",
        "Under 18",
        "you are under 18",
        f"The check is made for adults (18+); {_V3}",
        ("age", "lt", "18"),
    ),
    # Routine (rank 5) -----------------------------------------------------------
    _rule(
        "routine",
        "Not getting better with self-care",
        "your knee is not getting better with rest and self-care",
        f"NHS: Knee pain (see a doctor if not better after a few weeks); {_V3}",
        ("not_improving", "eq", YES),
    ),
    _rule(
        "routine",
        "Gives way more than 7 days after an injury",
        "your knee still gives way more than 7 days after an injury",
        f"Instability: NICE CKS Knee pain, assessment; {_V3}",
        _INJURY,
        ("gives_way", "eq", YES),
        _AFTER_7,
    ),
    _rule(
        "routine",
        "Gives way without an injury",
        "your knee gives way",
        f"Instability: NICE CKS Knee pain, assessment; {_V3}",
        ("injury", "eq", NO),
        ("gives_way", "eq", YES),
    ),
    _rule(
        "routine",
        "Age 55 or older, injury 8 to 28 days ago",
        "you are 55 or older and hurt your knee 8 to 28 days ago",
        f"{_OTTAWA}; after the 7-day window; {_V3}",
        _INJURY,
        _FROM_8,
        _WITHIN_28,
        ("age", "gte", "55"),
    ),
    _rule(
        "routine",
        "Recent knee surgery or shot",
        "you had knee surgery or a shot in the knee (call your surgery team too)",
        f"Contact the surgical team after recent knee surgery or injection; {_V3}",
        ("recent_surgery", "eq", YES),
    ),
    _rule(
        "routine",
        "Cannot bend to 90 degrees more than 7 days after it started",
        "you cannot bend your knee to a right angle more than 7 days after it started",
        f"A knee that has not settled: NICE CKS Knee pain, assessment; {_V3}",
        _AFTER_7,
        ("bend_90", "eq", NO),
    ),
    _rule(
        "routine",
        "Fast swelling after an injury more than 28 days ago",
        "your knee swelled up fast after an injury more than 4 weeks ago",
        f"Possible ligament or meniscus injury: NICE CKS Knee pain; {_V3}",
        _INJURY,
        ("swelling_fast", "eq", YES),
        _AFTER_28,
    ),
    _rule(
        "routine",
        "Pop or snap after an injury more than 28 days ago",
        "you heard or felt a pop when you hurt your knee more than 4 weeks ago",
        f"Possible ligament injury (ACL): NICE CKS Knee pain; {_V3}",
        _INJURY,
        ("pop", "eq", YES),
        _AFTER_28,
    ),
]


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

TEST_CASES = CLINICAL_EXAMPLES + EDGE_CASES


def engine_questionnaire() -> engine.Questionnaire:
    """The default questionnaire as engine data (used by tests without a database)."""
    return engine.Questionnaire(
        questions=tuple(
            engine.Question(
                key=q["key"],
                kind=q["kind"],
                label=q["text"],
                min_value=q.get("min_value"),
                max_value=q.get("max_value"),
                red_flag=q.get("red_flag", False),
                step=q["step"],
                ask_when=engine.parse_clauses(q.get("ask_when", "")),
            )
            for q in QUESTIONS
        ),
        outcomes=tuple(engine.Outcome(o["key"], o["urgency"], o["rank"]) for o in OUTCOMES),
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
