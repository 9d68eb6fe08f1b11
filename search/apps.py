from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over live articles and conditions."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from articles.models import Article, Condition
        from search import index

        # The index follows every save, raw ones (loaddata) included.
        for model in (Article, Condition):
            uid = f"search.index.{model._meta.model_name}"
            post_save.connect(index.on_save, sender=model, dispatch_uid=uid)
            post_delete.connect(index.on_delete, sender=model, dispatch_uid=uid)
