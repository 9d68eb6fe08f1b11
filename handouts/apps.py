from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HandoutsConfig(AppConfig):
    """Printed handouts: PDFs of pages and triage results, and handout packs."""

    name = "handouts"
    verbose_name = _("Handouts")
