from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Clinic")

    def ready(self):
        from django.contrib import admin

        # The admin stays Django's admin, with the clinic's name in its header.
        admin.site.site_header = _("Knee Clinic Portal: staff")
        admin.site.site_title = _("Knee Clinic Portal")
        admin.site.index_title = _("Content and settings")
        admin.site.site_url = "/"
