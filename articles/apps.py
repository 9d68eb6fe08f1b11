from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Patient education")

    def ready(self):
        from articles.models import (
            Activity,
            Article,
            ArticleTranslation,
            CareAdvice,
            CareAdviceTranslation,
            Condition,
            ConditionTranslation,
        )
        from clinic import pagecache

        pagecache.watch(Article, Condition, CareAdvice, Activity)
        # Publishing a translation shows at once on its pages and in search, too.
        pagecache.watch(ArticleTranslation, ConditionTranslation, CareAdviceTranslation)
