"""Answers to the default questionnaire as a form posts them, for tests to change one by one."""

from triage import defaults

# CLINICAL.md v3: unlisted yes/no answers are "no", except the four that are "yes".
CALM = {key: str(value) for key, value in defaults.BASELINE.items()}


def answers(**overrides):
    return {**CALM, **{key: str(value) for key, value in overrides.items()}}


def clinical_examples():
    """(name, answers as text, expected outcome key) for each CLINICAL.md v3 example."""
    return [
        (case["name"], {k: str(v) for k, v in case["answers"].items()}, case["expected"])
        for case in defaults.CLINICAL_EXAMPLES
    ]
