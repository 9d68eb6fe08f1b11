from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = _("Self-triage")

    def ready(self):
        from clinic import pagecache
        from triage import models

        # The questionnaire's texts are on public pages (the safety net is on
        # condition and article pages). A patient's submission is not content.
        pagecache.watch(
            models.Questionnaire,
            models.Question,
            models.Outcome,
            models.SafetyNetItem,
            models.Rule,
            models.Clause,
            models.TestCase,
            models.Translation,
        )
