from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExercisesConfig(AppConfig):
    """Exercises and programme templates: published content beside the articles."""

    name = "exercises"
    verbose_name = _("Exercises")

    def ready(self):
        from clinic import pagecache
        from exercises.models import (
            Exercise,
            ExerciseTranslation,
            ProgrammeTemplate,
            ProgrammeTemplateItem,
            ProgrammeTemplateTranslation,
        )

        # Condition pages list exercises and templates; a change shows at once.
        pagecache.watch(Exercise, ProgrammeTemplate, ProgrammeTemplateItem)
        pagecache.watch(ExerciseTranslation, ProgrammeTemplateTranslation)
