from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """One search over live articles, conditions, exercises and programme templates,
    in each page's language."""

    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_delete, post_save

        from articles.localise import translation_model
        from search import folding, index

        # The index follows every save, raw ones (loaddata) included.
        for model in index.indexed_models():
            uid = f"search.index.{model._meta.model_name}"
            post_save.connect(index.on_save, sender=model, dispatch_uid=uid)
            post_delete.connect(index.on_delete, sender=model, dispatch_uid=uid)
            translations = translation_model(model)
            uid = f"search.index.{translations._meta.model_name}"
            post_save.connect(index.on_translation_save, sender=translations, dispatch_uid=uid)
            post_delete.connect(index.on_delete, sender=translations, dispatch_uid=uid)
        # SQLite matches without accents with our own function (PostgreSQL has its own).
        connection_created.connect(folding.register_on_sqlite, dispatch_uid="search.folding")
