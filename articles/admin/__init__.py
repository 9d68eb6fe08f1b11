from articles.admin.article import ArticleAdmin
from articles.admin.condition import ActivityAdmin, ConditionAdmin
from articles.admin.pack import HandoutPackAdmin

__all__ = ["ActivityAdmin", "ArticleAdmin", "ConditionAdmin", "HandoutPackAdmin"]
