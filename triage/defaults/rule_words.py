"""Each urgent rule's own words on the result, and the pages about its reason,
keyed by the rule's name in ``rules.py`` (which adds them to each rule)."""

# What each urgent reason may mean, and what to do until seen (CLINICAL.md 3.1,
# "Outcome wording"): the result page shows the texts of the rules that fired,
# so no patient reads about a cause their answers do not point to. Plain US
# English, grade 8 or lower; {emergency_number} comes from clinic settings.
_INFECTION = (
    "A fever with a hot or swollen knee can be an infection in the joint. "
    "It needs treatment fast to protect the joint.",
    "Do not wait for the fever to go.",
)
_AFTER_SURGERY = (
    "After surgery or a shot in the knee, heat, swelling or a fever can be a sign of germs "
    "in the joint.",
    "Call your surgery team today too. Do not wait for it to settle or for a fever to go.",
)
_BLEEDING = (
    "If you take a blood thinner, a knee that swells a lot or fast may be bleeding inside.",
    "Do not stop your blood thinner unless a doctor tells you to. Rest the leg.",
)
_X_RAY = (
    "After an injury, this can mean a broken bone. You may need an X-ray.",
    "Rest the leg and keep it raised. Use crutches if you have them.",
)
_LOOK_FOR_CAUSE = "A doctor needs to look for the cause."
TEXTS = {
    "Knee or kneecap out of place": (
        "A knee or kneecap that is out of place can hurt the nerves and blood vessels.",
        "Do not try to push it back yourself. Keep your leg still.",
    ),
    "Cold, white or pale foot (any cause)": (
        "A cold, pale foot can mean blood is not getting to it. This needs help within hours.",
        "Do not put ice or heat on the foot. Keep the leg still.",
    ),
    "Short of breath or chest pain": (
        "Sudden trouble breathing or chest pain can be a blood clot in the lungs "
        "or a heart problem.",
        "Call for an ambulance. Do not drive yourself, and try not to walk around.",
    ),
    "Feels very unwell": (
        "Feeling this unwell can be a sign that germs have spread to the blood (sepsis).",
        "Call for an ambulance. Do not wait to see if you feel better.",
    ),
    "Crash, high fall or hurt elsewhere": (
        "A crash or a high fall can hurt more than your knee, even if it does not hurt much yet.",
        "Keep still and do not walk on the leg. Do not drive yourself.",
    ),
    "Tight, swollen shin or calf, pain getting worse (any cause)": (
        "A tight, swollen leg with pain that keeps getting worse can mean the pressure "
        "in the muscle is too high. This needs help within hours.",
        "Loosen any tight bandage or brace. Do not raise the leg high.",
    ),
    "Fever with a hot, swollen knee": _INFECTION,
    "Fever with a very swollen knee": _INFECTION,
    "Fever and cannot take 4 steps": _INFECTION,
    "Numb foot after an injury": (
        "A numb foot after an injury can mean a nerve or blood vessel was hurt, "
        "even if the knee looks normal now.",
        "Do not put ice on numb skin. Keep the leg still.",
    ),
    "Hot, swollen knee": (
        "A hot, swollen knee can be an infection or gout, even without a fever.",
        "Do not wait for it to cool down or for a fever to go. Rest the knee.",
    ),
    "Fever or shivers": (
        "A fever with a sore knee can be a sign of an infection.",
        "Do not wait for the fever to go.",
    ),
    "Swollen, warm or painful calf": (
        "A swollen, warm or painful calf can be a blood clot in the leg.",
        "Do not rub or massage the calf. If you get short of breath or chest pain, "
        "call {emergency_number}.",
    ),
    "Recent surgery or shot, hot and swollen": _AFTER_SURGERY,
    "Recent surgery or shot, very swollen": _AFTER_SURGERY,
    "Recent surgery or shot, fever": _AFTER_SURGERY,
    "Blood thinner, very swollen knee": _BLEEDING,
    "Blood thinner, fast swelling": _BLEEDING,
    "Night pain for more than 2 weeks": (
        "Pain that wakes you at night for weeks is not usual for a sports injury. "
        + _LOOK_FOR_CAUSE,
        "Write down when the pain started and what makes it worse.",
    ),
    "Weight loss without trying": (
        "Losing weight without trying is not usual with knee pain. " + _LOOK_FOR_CAUSE,
        "Write down how much weight you lost, and over how long.",
    ),
    "Under 18 with a limp or hip pain": (
        "In a young person, a limp or pain in the hip, groin or thigh can come from the hip, "
        "even when the knee is what hurts.",
        "Until you are seen, do not play sports and do not run. "
        "Use crutches if you have them, or rest.",
    ),
    "Ottawa 1: age 55 or older, injury in the last 7 days": _X_RAY,
    "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days": _X_RAY,
    "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days": _X_RAY,
    "Under 12, injury in the last 7 days": (
        "In a child, an injury can hurt the part of the bone that is still growing. "
        "You may need an X-ray.",
        "Rest the leg, and do not play sports until you are seen.",
    ),
    "Cannot bend to 90 degrees, injury 8 to 28 days ago": (
        "A knee that still cannot bend this far a week or more after an injury "
        "has not healed as it should.",
        "Do not force it to bend. Rest from sports.",
    ),
    "Cannot take 4 steps now (any time, any cause)": (
        "Not being able to walk on your leg needs a check, and maybe an X-ray.",
        "Do not try to walk on it. Use crutches if you have them.",
    ),
    "Cannot lift the leg straight": (
        "Not being able to lift your leg straight can mean a tear at the front of the knee, "
        "or a broken kneecap.",
        "Keep the knee straight, and do not walk on it without support.",
    ),
    "Pop or snap, injury in the last 28 days": (
        "A pop or snap when you hurt your knee can mean a torn ligament, such as the ACL.",
        "Do not play sports yet. Rest the knee and use ice wrapped in a cloth.",
    ),
    "Knee locked": (
        "A knee that is stuck and will not straighten can mean a torn piece of cartilage "
        "(meniscus) is caught in the joint.",
        "Do not force it straight. Rest it and keep your weight off it if it hurts.",
    ),
    "Fast swelling, injury in the last 28 days": (
        "Fast swelling after an injury often means there is blood inside the knee. "
        "A torn ligament can cause this.",
        "Rest the knee, keep it raised, and use ice wrapped in a cloth.",
    ),
    "Gives way, injury in the last 7 days": (
        "A knee that gives way after an injury can mean a torn ligament.",
        "Do not play sports yet, and try not to twist or turn on the knee.",
    ),
    "Very swollen knee (any cause)": (
        "A very swollen knee needs a check to find out why.",
        "Rest it and keep it raised. If it gets hot or you get a fever, see a doctor today.",
    ),
    "Numb foot": (
        "Numbness or pins and needles that do not go away can mean a nerve is pressed or hurt.",
        "Do not put ice or heat on numb skin.",
    ),
}

# Pages about each urgent reason, linked from the result ("Read more"). An
# emergency result links no pages; an urgent one only those of its reasons.
HELP = "when-to-get-help-for-knee-pain"
_SPRAIN, _MENISCUS = "knee-ligament-sprain", "meniscus-tear"
LINKS = {
    "Pop or snap, injury in the last 28 days": ([_SPRAIN], [HELP]),
    "Gives way, injury in the last 7 days": ([_SPRAIN], [HELP]),
    "Fast swelling, injury in the last 28 days": ([_SPRAIN, _MENISCUS], [HELP]),
    "Knee locked": ([_MENISCUS], [HELP]),
}
