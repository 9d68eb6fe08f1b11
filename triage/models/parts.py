"""The questions of a questionnaire version, and its test cases."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from triage import engine
from triage.models.choices import (
    QuestionKind,
    key_validator,
)
from triage.models.questionnaire import Questionnaire, QuestionnairePart


class Question(QuestionnairePart):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="questions"
    )
    key = models.CharField(
        _("key"),
        max_length=40,
        validators=[key_validator],
        help_text=_("Stable name used by rules, tests and reports."),
    )
    text = models.CharField(_("question"), max_length=250)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    kind = models.CharField(
        _("kind"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.YES_NO
    )
    choices = models.TextField(
        _("choices"),
        blank=True,
        help_text=_("For a choice question: one per line, as value|Label shown."),
    )
    min_value = models.IntegerField(_("minimum"), null=True, blank=True)
    max_value = models.IntegerField(_("maximum"), null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=20, blank=True)
    step = models.PositiveSmallIntegerField(
        _("step"),
        choices=[(1, _("1: about you and the emergency screen")), (2, _("2: the rest"))],
        default=2,
        help_text=_("Step 1 holds every question an emergency rule uses; it is asked first."),
    )
    ask_when = models.CharField(
        _("ask only when"),
        max_length=200,
        blank=True,
        help_text=_(
            "Leave empty to always ask. Otherwise clauses on earlier questions, joined by "
            "“and”, e.g. “injury = yes” or “age < 18”. A question that is not asked is "
            "never required and never true in a rule."
        ),
    )
    error_name = models.CharField(
        _("name in error messages"),
        max_length=120,
        blank=True,
        help_text=_("Completes “Tell us …”, e.g. “your age” or “if your knee looks out of place”."),
    )
    example = models.CharField(
        _("example answer"),
        max_length=20,
        blank=True,
        help_text=_("For a number question, shown in its error message, e.g. 35."),
    )
    red_flag = models.BooleanField(
        _("red flag"), default=False, help_text=_("“Yes” is the worrying answer.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("question")
        ordering = ["step", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "key"], name="unique_question_key")
        ]

    def __str__(self):
        return f"{self.key}: {self.text}"

    def choice_pairs(self) -> list[tuple[str, str]]:
        if self.kind == QuestionKind.YES_NO:
            return [(engine.YES, _("Yes")), (engine.NO, _("No"))]
        pairs = []
        for line in self.choices.splitlines():
            if line.strip():
                value, _sep, label = line.partition("|")
                pairs.append((value.strip(), (label or value).strip()))
        return pairs

    def to_engine(self) -> engine.Question:
        return engine.Question(
            key=self.key,
            kind=self.kind,
            label=self.text,
            choices=tuple(v for v, _label in self.choice_pairs())
            if self.kind == QuestionKind.CHOICE
            else (),
            min_value=self.min_value,
            max_value=self.max_value,
            red_flag=self.red_flag,
            step=self.step,
            ask_when=engine.parse_clauses(self.ask_when),
        )

    def clean(self):
        super().clean()
        if self.kind == QuestionKind.NUMBER:
            if self.min_value is None or self.max_value is None:
                raise ValidationError(_("A number question needs a minimum and a maximum."))
            if self.min_value > self.max_value:
                raise ValidationError(
                    {"max_value": _("The maximum must not be below the minimum.")}
                )
        if self.kind == QuestionKind.CHOICE and len(self.choice_pairs()) < 2:
            raise ValidationError({"choices": _("A choice question needs at least two choices.")})
        try:
            engine.parse_clauses(self.ask_when)
        except ValueError:
            raise ValidationError(
                {"ask_when": _("Write clauses like “injury = yes” or “age < 18”, joined by “and”.")}
            ) from None


class TestCase(QuestionnairePart):
    __test__ = False  # not a pytest class

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="test_cases"
    )
    name = models.CharField(_("name"), max_length=200)
    answers = models.JSONField(
        _("answers"),
        blank=True,
        help_text=_(
            'Answers by question key, e.g. {"age": 35, "injury": "yes"}. '
            "Partial answers are allowed (to test the emergency short-circuit)."
        ),
    )
    expected_outcome = models.CharField(
        _("expected outcome"),
        max_length=40,
        help_text=_("An outcome key of this questionnaire, or “form_errors” when no outcome."),
    )

    class Meta:
        verbose_name = _("test case")
        ordering = ["pk"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not isinstance(self.answers, dict):
            raise ValidationError({"answers": _('Write the answers as {"key": value, ...}.')})
        if self.questionnaire_id and self.expected_outcome != engine.FORM_ERRORS:
            keys = set(self.questionnaire.outcomes.values_list("key", flat=True))
            if self.expected_outcome not in keys:
                raise ValidationError(
                    {
                        "expected_outcome": _("Use an outcome key (%(keys)s) or form_errors.")
                        % {"keys": ", ".join(sorted(keys))}
                    }
                )
