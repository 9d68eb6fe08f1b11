from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Clinic")

    def ready(self):
        from django.contrib import admin
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from portal import checks  # noqa: F401 (registers the deploy checks)
        from portal.pagecache import content_changed

        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_changed, dispatch_uid=f"portal.pagecache.{id(signal)}")

        # The admin stays Django's admin, with the clinic's name in its header.
        admin.site.site_header = _("Knee Clinic Portal: staff")
        admin.site.site_title = _("Knee Clinic Portal")
        admin.site.index_title = _("Content and settings")
        admin.site.site_url = "/"
