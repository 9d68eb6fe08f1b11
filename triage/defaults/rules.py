"""The default questionnaire's rules: each cites its source; reasons complete
"Because you told us ..."."""

from triage.defaults.keys import RULE_KEYS
from triage.defaults.questions import NO, YES
from triage.defaults.rule_words import HELP, LINKS, TEXTS

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


def _add_words_and_links(rules):
    """Each rule's key (``keys.py``), own words and pages (``rule_words.py``): blank for rules
    below rank 3; an urgent rule without pages of its own gets "When to get help"."""
    for data in rules:
        data["key"] = RULE_KEYS[data["name"]]
        data["patient_text"], data["until_then"] = TEXTS.get(data["name"], ("", ""))
        urgent = data["outcome"] in ("urgent_doctor", "urgent")
        default = ([], [HELP] if urgent else [])
        data["related_conditions"], data["related_articles"] = LINKS.get(data["name"], default)


_add_words_and_links(RULES)
