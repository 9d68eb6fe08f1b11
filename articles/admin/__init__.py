from articles.admin.article import ArticleAdmin
from articles.admin.condition import ActivityAdmin, ConditionAdmin

__all__ = ["ActivityAdmin", "ArticleAdmin", "ConditionAdmin"]
