from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    """The audit trail: who signed in, failed or was locked out, and who changed
    permissions, workflow states or clinic settings, from which address."""

    name = "audit"
    verbose_name = _("Audit trail")

    def ready(self):
        from audit import receivers

        receivers.connect()
