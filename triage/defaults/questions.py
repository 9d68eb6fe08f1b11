"""The default questionnaire's questions and its one safety-net list (CLINICAL.md v3)."""

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

# The one safety-net list (CLINICAL.md v3.1), in its order: (group, sign, the
# question keys it covers). Three groups, most urgent first, one sign per line.
# Each sign completes its group's lead ("Call 911 now or go to the emergency room
# if:"). The list is as wide as the rules: every key of a rule of rank 1-3 is
# covered by a sign of the rule's group or a more urgent one (checked before a
# version is published: triage.coverage.safety_net_gaps).
SAFETY_NET = [
    # Call 911 or go to the ER now (rank 1).
    ("emergency", "your knee or kneecap looks out of place", ("deformity",)),
    ("emergency", "your foot or lower leg turns cold, white or pale", ("cold_pale_foot",)),
    (
        "emergency",
        "you are suddenly short of breath or have chest pain: call an ambulance",
        ("breathless",),
    ),
    (
        "emergency",
        "you feel very unwell: confused, very sleepy, breathing fast, "
        "or with blotchy or very pale skin",
        ("very_unwell",),
    ),
    (
        "emergency",
        "your shin or calf is very tight and swollen, and the pain keeps getting worse",
        ("tight_leg",),
    ),
    (
        "emergency",
        "you have a fever and your knee is hot or very swollen",
        ("fever", "hot_swollen", "very_swollen"),
    ),
    ("emergency", "you have a fever and cannot take 4 steps", ("fever", "weight_bear_now")),
    (
        "emergency",
        "your foot or lower leg goes numb after an injury",
        ("injury", "numb_foot"),
    ),
    (
        "emergency",
        "you were hurt in a car or bike crash or a fall from a height, "
        "or you are hurt somewhere else too",
        ("injury", "high_energy"),
    ),
    # See a doctor today (rank 2).
    ("urgent_doctor", "your knee is hot and swollen, even without a fever", ("hot_swollen",)),
    ("urgent_doctor", "you have a fever (100.4°F / 38°C or higher)", ("fever",)),
    ("urgent_doctor", "one calf is swollen, warm or painful", ("calf",)),
    (
        "urgent_doctor",
        "your knee gets hot or very swollen, or you get a fever, within 3 months of "
        "knee surgery or a shot in the knee, or at any time after a knee replacement",
        ("recent_surgery", "hot_swollen", "very_swollen", "fever"),
    ),
    (
        "urgent_doctor",
        "your knee swells up fast or a lot, and you take a blood thinner",
        ("blood_thinners", "very_swollen", "swelling_fast"),
    ),
    (
        "urgent_doctor",
        "pain wakes you at night, and has done so for more than 2 weeks",
        ("night_pain",),
    ),
    ("urgent_doctor", "you have lost weight without trying", ("weight_loss",)),
    (
        "urgent_doctor",
        "a child or teenager has a limp, or pain in the hip, groin or thigh",
        ("age", "limp_hip"),
    ),
    # Get seen today at the clinic or urgent care (rank 3).
    (
        "urgent",
        "you cannot take 4 steps on the leg",
        ("weight_bear_now", "weight_bear_then"),
    ),
    ("urgent", "you cannot lift the leg with the knee straight", ("straight_leg",)),
    ("urgent", "your knee is stuck (locked) and will not straighten", ("locked",)),
    ("urgent", "your knee is very swollen, clearly bigger than the other knee", ("very_swollen",)),
    (
        "urgent",
        "you heard or felt a pop when you hurt your knee",
        ("injury", "pop", "days_since_start"),
    ),
    (
        "urgent",
        "your knee swelled up within a few hours of an injury",
        ("injury", "swelling_fast", "days_since_start"),
    ),
    (
        "urgent",
        "your knee gives way in the first week after an injury",
        ("injury", "gives_way", "days_since_start"),
    ),
    (
        "urgent",
        "you cannot bend your knee to a right angle after an injury (you may need an X-ray)",
        ("injury", "bend_90", "days_since_start"),
    ),
    (
        "urgent",
        "you are 55 or older and hurt your knee in the last week (you may need an X-ray)",
        ("age", "injury", "days_since_start"),
    ),
    (
        "urgent",
        "a child under 12 hurt their knee in the last week",
        ("age", "injury", "days_since_start"),
    ),
    (
        "urgent",
        "your foot is numb, or has pins and needles that do not go away",
        ("numb_foot",),
    ),
]
