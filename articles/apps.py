from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Patient education")

    def ready(self):
        from articles.models import Activity, Article, CareAdvice, Condition
        from clinic import pagecache

        pagecache.watch(Article, Condition, CareAdvice, Activity)
