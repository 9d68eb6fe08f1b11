"""The questionnaire's patient-facing texts in other languages, as rows.

One row is one text of one part of one questionnaire version in one language:
the part is named by its kind and key (``question``/``age``, ``outcome``/``urgent``,
``rule``/its key, ``safety_net``/its key, ``questionnaire``/""), then the field
(``text``, ``help_text``, ``headline``, ``choice:<value>`` ...). A third
language is more rows, never a new column. Keys and rule logic are shared by
every language; only the words are translated.

Each row keeps the English it was written from (``source_text``). When the
English changes, the row is *out of date*: staff see it flagged, and patients
see the English text for that part until it is translated again
(``triage/texts.py`` says why).

A version's translations belong to it: edited while it is a draft, reviewed
and published with it, copied when it is cloned.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from triage.models.choices import QuestionnaireStatus
from triage.models.questionnaire import Questionnaire, QuestionnairePart


class PartKind(models.TextChoices):
    QUESTIONNAIRE = "questionnaire", _("questionnaire")
    QUESTION = "question", _("question")
    SAFETY_NET = "safety_net", _("warning sign")
    OUTCOME = "outcome", _("outcome")
    RULE = "rule", _("rule")


class TranslationQuerySet(models.QuerySet):
    def for_language(self, language: str):
        return self.filter(language=language)

    def published(self):
        """The published questionnaire's translations: what patients read."""
        return self.filter(questionnaire__status=QuestionnaireStatus.PUBLISHED)


class Translation(QuestionnairePart):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(_("language"), max_length=10)
    part = models.CharField(_("part"), max_length=20, choices=PartKind.choices)
    key = models.CharField(
        _("key"),
        max_length=40,
        blank=True,
        help_text=_("The key of the question, outcome, rule or warning sign."),
    )
    field = models.CharField(_("field"), max_length=60)
    text = models.TextField(_("translation"))
    source_text = models.TextField(
        _("English it was written from"),
        help_text=_("When the English text changes, this translation is out of date."),
    )
    updated = models.DateTimeField(auto_now=True)

    objects = TranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("translation")
        ordering = ["language", "part", "key", "field"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "language", "part", "key", "field"],
                name="unique_translation_per_text",
            )
        ]

    def __str__(self):
        return f"{self.language} {self.part}:{self.key}:{self.field}"

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.part, self.key, self.field)
