from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClinicConfig(AppConfig):
    """What every other app stands on: clinic settings, the page cache, rate
    limits, the client's address, CSP helpers, staff roles and ``Urgency``."""

    name = "clinic"
    verbose_name = _("Clinic")

    def ready(self):
        from django.db.models.signals import post_migrate

        from clinic import pagecache, roles
        from clinic.models import ClinicSettings, ClinicWords

        pagecache.watch(ClinicSettings, ClinicWords)
        # Roles get their permissions once every app's permissions exist
        # (after migrate, and after each test flush).
        post_migrate.connect(roles.on_post_migrate, dispatch_uid="clinic.roles")
