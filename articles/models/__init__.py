from articles.models.article import Article, Topic
from articles.models.condition import (
    ICD10_PREFIX,
    Activity,
    Area,
    CareAdvice,
    Condition,
    Onset,
    Urgency,
    icd10_code_match,
)
from articles.models.pack import HandoutPack, HandoutPackItem
from articles.models.publishable import (
    Publishable,
    PublishableQuerySet,
    Status,
    one_year_after,
)
from articles.models.revision import Draft, WorkflowEvent
from articles.models.search import Kind, SearchEntry

__all__ = [
    "ICD10_PREFIX",
    "Activity",
    "Area",
    "CareAdvice",
    "Draft",
    "WorkflowEvent",
    "Condition",
    "HandoutPack",
    "HandoutPackItem",
    "Kind",
    "Onset",
    "Urgency",
    "Article",
    "Publishable",
    "SearchEntry",
    "PublishableQuerySet",
    "Status",
    "Topic",
    "icd10_code_match",
    "one_year_after",
]
