"""The demo programme templates: an ordered list of demo exercises, each with the
dose for that programme, and the template's Spanish title and summary.

Each template::

    {
        "slug": str, "title": str, "summary": str, "conditions": [condition slugs],
        "items": [(exercise slug, dose), ...] in order,
        "es": {"title", "summary"},
    }
"""

from exercises.demo.exercises import OSTEOARTHRITIS, PATELLOFEMORAL, SPRAIN, dose

TEMPLATES = [
    {
        "slug": "runners-knee-first-2-weeks",
        "title": "Runner's knee: first 2 weeks",
        "summary": "Exercises for the first 2 weeks of runner's knee. They make your thigh "
        "and hip muscles stronger and loosen tight muscles.",
        "conditions": [PATELLOFEMORAL],
        "items": [
            ("straight-leg-raise", dose(sets=3, repetitions=10, hold_seconds=3)),
            ("side-lying-leg-raise", dose(sets=2, repetitions=10, hold_seconds=2)),
            ("wall-sits", dose(repetitions=5, hold_seconds=15)),
            ("hamstring-stretch", dose(repetitions=3, hold_seconds=30, times_a_day=2)),
            ("quadriceps-stretch", dose(repetitions=3, hold_seconds=30, times_a_day=2)),
        ],
        "es": {
            "title": "Rodilla del corredor: primeras 2 semanas",
            "summary": "Ejercicios para las 2 primeras semanas de la rodilla del corredor. "
            "Hacen más fuertes los músculos del muslo y la cadera. Y sueltan los músculos "
            "tensos.",
        },
    },
    {
        "slug": "knee-sprain-early-stage",
        "title": "Knee sprain: early stage",
        "summary": "Gentle exercises for the first weeks after a knee sprain. They help your "
        "knee move and wake up your thigh muscles.",
        "conditions": [SPRAIN],
        "items": [
            ("quad-sets", dose(repetitions=10, hold_seconds=5, times_a_day=3)),
            ("heel-slides", dose(repetitions=10, times_a_day=3)),
            ("straight-leg-raise", dose(sets=2, repetitions=10, hold_seconds=3, times_a_day=2)),
            ("calf-raises", dose(sets=2, repetitions=10)),
        ],
        "es": {
            "title": "Esguince de rodilla: primera etapa",
            "summary": "Ejercicios suaves para las primeras semanas tras un esguince de "
            "rodilla. Ayudan a que la rodilla se mueva. Y despiertan los músculos del muslo.",
        },
    },
    {
        "slug": "knee-osteoarthritis-strength",
        "title": "Knee osteoarthritis: strength",
        "summary": "Exercises to make the muscles around your knee stronger. Strong muscles "
        "support the knee and can ease pain.",
        "conditions": [OSTEOARTHRITIS],
        "items": [
            ("straight-leg-raise", dose(sets=3, repetitions=10, hold_seconds=3, days_a_week=5)),
            ("mini-squats", dose(sets=2, repetitions=10, days_a_week=5)),
            ("hamstring-curls", dose(sets=2, repetitions=10, days_a_week=5)),
            ("step-ups", dose(sets=2, repetitions=10, days_a_week=5)),
            ("calf-raises", dose(sets=2, repetitions=10, days_a_week=5)),
        ],
        "es": {
            "title": "Osteoartritis de rodilla: fuerza",
            "summary": "Ejercicios para que los músculos que rodean la rodilla sean más fuertes. Los "
            "músculos fuertes dan apoyo a la rodilla. Y pueden bajar el dolor.",
        },
    },
]
