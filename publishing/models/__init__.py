from publishing.models.publishable import (
    Publishable,
    PublishableQuerySet,
    Status,
    one_year_after,
)
from publishing.models.revision import Draft, WorkflowEvent

__all__ = [
    "Draft",
    "Publishable",
    "PublishableQuerySet",
    "Status",
    "WorkflowEvent",
    "one_year_after",
]
