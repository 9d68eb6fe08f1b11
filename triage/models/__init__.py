"""Versioned self-triage questionnaires, their rules and test cases, and submissions.

The evaluation itself is in ``triage/engine.py`` (pure functions); these models
hold what staff edit, and ``to_engine()`` turns a questionnaire into engine data.
"""

from clinic.languages import translation_languages
from triage.models.choices import (
    Operator,
    QuestionKind,
    QuestionnaireStatus,
    SafetyGroup,
    Urgency,
    key_validator,
)
from triage.models.parts import Question, TestCase
from triage.models.questionnaire import (
    Clause,
    Outcome,
    Questionnaire,
    QuestionnairePart,
    QuestionnaireQuerySet,
    Rule,
    SafetyNetItem,
    SafetyNetItemQuerySet,
)
from triage.models.submission import Submission, SubmissionQuerySet, new_token
from triage.models.translation import PartKind, Translation, TranslationQuerySet

__all__ = [
    "Clause",
    "Operator",
    "PartKind",
    "Outcome",
    "Question",
    "QuestionKind",
    "Questionnaire",
    "QuestionnairePart",
    "QuestionnaireQuerySet",
    "QuestionnaireStatus",
    "SafetyGroup",
    "Rule",
    "SafetyNetItem",
    "SafetyNetItemQuerySet",
    "Submission",
    "SubmissionQuerySet",
    "TestCase",
    "Translation",
    "TranslationQuerySet",
    "Urgency",
    "key_validator",
    "new_token",
    "translation_languages",
]
