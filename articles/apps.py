from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Patient education")

    def ready(self):
        from django.db.models.signals import pre_save

        from articles.richtext import sanitize_raw_saves

        pre_save.connect(sanitize_raw_saves, dispatch_uid="articles.sanitize_raw_saves")
