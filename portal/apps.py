from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project layer: settings, URLs, home, health, deploy checks."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib import admin

        from portal import checks  # noqa: F401 (registers the deploy checks)

        # The admin stays Django's admin, with the clinic's name in its header.
        admin.site.site_header = _("Knee Clinic Portal: staff")
        admin.site.site_title = _("Knee Clinic Portal")
        admin.site.index_title = _("Content and settings")
        admin.site.site_url = "/"
