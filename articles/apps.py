from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Patient education")

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_save

        from articles import search
        from articles.models import Article, Condition
        from articles.richtext import sanitize_raw_saves

        pre_save.connect(sanitize_raw_saves, dispatch_uid="articles.sanitize_raw_saves")
        # The search index follows every save, raw ones (loaddata) included.
        for model in (Article, Condition):
            uid = f"articles.search.{model._meta.model_name}"
            post_save.connect(search.on_save, sender=model, dispatch_uid=uid)
            post_delete.connect(search.on_delete, sender=model, dispatch_uid=uid)
