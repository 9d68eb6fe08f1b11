from publishing.models.publishable import (
    DERIVED_FIELDS,
    WORKFLOW_FIELDS,
    Publishable,
    PublishableQuerySet,
    Status,
    one_year_after,
)
from publishing.models.revision import Draft, WorkflowEvent

__all__ = [
    "DERIVED_FIELDS",
    "WORKFLOW_FIELDS",
    "Draft",
    "Publishable",
    "PublishableQuerySet",
    "Status",
    "WorkflowEvent",
    "one_year_after",
]
