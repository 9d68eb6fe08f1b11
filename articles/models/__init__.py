from articles.models.article import Article, Topic
from articles.models.condition import (
    ICD10_PREFIX,
    Activity,
    ActivityName,
    Area,
    CareAdvice,
    Condition,
    Onset,
    Urgency,
    icd10_code_match,
)
from articles.models.languages import translation_languages
from articles.models.translation import (
    ArticleTranslation,
    CareAdviceTranslation,
    ConditionTranslation,
)

# The workflow's states and dates, for code that works with articles.
from publishing.models import Status, one_year_after

__all__ = [
    "ActivityName",
    "ArticleTranslation",
    "CareAdviceTranslation",
    "ConditionTranslation",
    "translation_languages",
    "ICD10_PREFIX",
    "Activity",
    "Area",
    "CareAdvice",
    "Condition",
    "Onset",
    "Urgency",
    "Article",
    "Status",
    "Topic",
    "icd10_code_match",
    "one_year_after",
]
