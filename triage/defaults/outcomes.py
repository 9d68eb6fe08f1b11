"""The default questionnaire's outcomes, most urgent first (rank 1)."""

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
        # No "read more" on an emergency: nothing to read before the call.
        "related_conditions": [],
        "related_articles": [],
    },
    {
        "key": "urgent_doctor",
        "rank": 2,
        "urgency": "urgent",
        "headline": "See a doctor today",
        "advice": (
            "Some of your answers are signs that a doctor needs to check you today, "
            "not a physical therapist. "
            "Call {clinic_phone} and ask to see a doctor today, or go to {urgent_care}. "
            "If everything is closed, {out_of_hours}."
        ),
        "safety_net": "Do not wait until tomorrow.",
        # Urgent results link the pages of the rules that fired (rules.LINKS).
        "related_conditions": [],
        "related_articles": [],
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
        "related_conditions": [],
        "related_articles": [],
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
            "Ask a doctor first if you have liver disease or 3 or more alcoholic drinks a day. "
            "Do not take ibuprofen or naproxen in the first 2 days after an injury. "
            "After that, ask a doctor or pharmacist if they are safe for you. "
            "Never take two of them together, or with a daily aspirin. "
            "Do not take them at 20 weeks of pregnancy or later unless a doctor says so. "
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
