"""The stable keys of the default questionnaire's rules and warning signs.

Translations, copies of a version and stored submissions name a rule or a
warning sign by its key (like questions and outcomes), never by its row id or
its English words. Keys are never renamed: a reworded rule or sign keeps its
key; a new one gets a new key.
"""

# Rule name (``rules.RULES``) -> key.
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
    "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days": (
        "ottawa_4_cannot_bend_90_injury_7_days"
    ),
    "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days": (
        "ottawa_5_4_steps_injury_7_days"
    ),
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

# Warning sign (``questions.SAFETY_NET``) -> key.
SAFETY_NET_KEYS = {
    "your knee or kneecap looks out of place": "deformity",
    "your foot or lower leg turns cold, white or pale": "cold_pale_foot",
    "you are suddenly short of breath or have chest pain: call an ambulance": "breathless",
    "you feel very unwell: confused, very sleepy, breathing fast, "
    "or with blotchy or very pale skin": "very_unwell",
    "your shin or calf is very tight and swollen, and the pain keeps getting worse": "tight_leg",
    "you have a fever and your knee is hot or very swollen": "fever_hot_knee",
    "you have a fever and cannot take 4 steps": "fever_cannot_walk",
    "your foot or lower leg goes numb after an injury": "numb_after_injury",
    "you were hurt in a car or bike crash or a fall from a height, "
    "or you are hurt somewhere else too": "high_energy_injury",
    "your knee is hot and swollen, even without a fever": "hot_swollen",
    "you have a fever (100.4°F / 38°C or higher)": "fever",
    "one calf is swollen, warm or painful": "calf",
    "your knee gets hot or very swollen, or you get a fever, within 3 months of knee surgery "
    "or a shot in the knee, or at any time after a knee replacement": "after_surgery",
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
    "you cannot bend your knee to a right angle after an injury (you may need an X-ray)": (
        "bend_90"
    ),
    "you are 55 or older and hurt your knee in the last week (you may need an X-ray)": (
        "age_55_injury"
    ),
    "a child under 12 hurt their knee in the last week": "child_injury",
    "your foot is numb, or has pins and needles that do not go away": "numb_foot",
}
