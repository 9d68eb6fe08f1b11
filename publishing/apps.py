from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublishingConfig(AppConfig):
    """The editorial workflow every kind of content shares."""

    name = "publishing"
    verbose_name = _("Publishing")

    def ready(self):
        from django.db.models.signals import pre_save

        from publishing.richtext import sanitize_raw_saves

        # Rich text is sanitised on every save path, raw ones (loaddata) included.
        pre_save.connect(sanitize_raw_saves, dispatch_uid="publishing.sanitize_raw_saves")
