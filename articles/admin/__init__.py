from articles.admin.article import ArticleAdmin
from articles.admin.condition import ActivityAdmin, ConditionAdmin
from articles.admin.translation import ArticleTranslationAdmin, ConditionTranslationAdmin

__all__ = [
    "ActivityAdmin",
    "ArticleAdmin",
    "ArticleTranslationAdmin",
    "ConditionAdmin",
    "ConditionTranslationAdmin",
]
