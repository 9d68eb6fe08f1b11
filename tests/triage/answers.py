"""Calm baseline answers to the default questionnaire, for tests to change one by one."""

CALM = {
    "age": "30",
    "injury": "no",
    "days_since_start": "3",
    "weight_bear_then": "yes",
    "weight_bear_now": "yes",
    "bend_90": "yes",
    "deformity": "no",
    "numb_cold_foot": "no",
    "hot_swollen": "no",
    "fever": "no",
    "swelling_fast": "no",
    "locked": "no",
    "gives_way": "no",
    "calf": "no",
    "breathless": "no",
    "night_pain": "no",
    "not_improving": "no",
}


def answers(**overrides):
    return {**CALM, **{key: str(value) for key, value in overrides.items()}}
