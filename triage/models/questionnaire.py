"""A versioned questionnaire and everything that belongs to one version."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from triage import engine
from triage.messages import problem_message
from triage.models.choices import (
    Operator,
    QuestionnaireStatus,
    SafetyGroup,
    Urgency,
    key_validator,
)


class QuestionnaireQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=QuestionnaireStatus.PUBLISHED)


class Questionnaire(models.Model):
    title = models.CharField(_("title"), max_length=150, default="Knee pain: what help do I need?")
    version = models.PositiveIntegerField(_("version"), unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=QuestionnaireStatus.choices,
        default=QuestionnaireStatus.DRAFT,
    )
    introduction = models.TextField(_("introduction"), blank=True)
    default_outcome = models.ForeignKey(
        "Outcome",
        verbose_name=_("default outcome"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Shown when no rule fires (usually self-care)."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    notes = models.TextField(
        _("change notes"), blank=True, help_text=_("What changed in this version, and why.")
    )
    is_demo = models.BooleanField(
        _("sample questionnaire"),
        default=False,
        help_text=_(
            "Shipped with the portal and not yet approved by the clinic's clinical lead. "
            "Publishing it yourself clears this."
        ),
    )
    based_on = models.CharField(
        _("based on"),
        max_length=60,
        blank=True,
        editable=False,
        help_text=_("The default questionnaire shipped with the portal that this version copies."),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = QuestionnaireQuerySet.as_manager()

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"],
                condition=Q(status="published"),
                name="one_published_questionnaire",
            )
        ]
        permissions = [("publish_questionnaire", _("Can approve and publish a questionnaire"))]

    def __str__(self):
        return f"{self.title} (v{self.version}, {self.get_status_display()})"

    def save(self, *args, **kwargs):
        if not self.version:
            latest = Questionnaire.objects.aggregate(v=models.Max("version"))["v"] or 0
            self.version = latest + 1
        super().save(*args, **kwargs)

    @property
    def is_editable(self) -> bool:
        return self.status == QuestionnaireStatus.DRAFT

    def to_engine(self) -> engine.Questionnaire:
        """The questionnaire as plain engine data (uses prefetched relations when present)."""
        questions = list(self.questions.all())
        by_id = {q.pk: q.key for q in questions}
        return engine.Questionnaire(
            questions=tuple(q.to_engine() for q in questions),
            outcomes=tuple(engine.Outcome(o.key, o.urgency, o.rank) for o in self.outcomes.all()),
            rules=tuple(
                engine.Rule(
                    clauses=tuple(
                        engine.Clause(by_id.get(c.question_id, ""), c.operator, c.value)
                        for c in rule.clauses.all()
                    ),
                    outcome=rule.outcome.key,
                    reason=rule.reason,
                    source=rule.source,
                    name=rule.name,
                    ref=rule.key,
                )
                for rule in self.rules.all()
            ),
            default_outcome=self.default_outcome.key if self.default_outcome else "",
        )


class QuestionnairePart(models.Model):
    """Something that belongs to one questionnaire version."""

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.questionnaire_id and not self.questionnaire.is_editable:
            raise ValidationError(
                _(
                    "A published or retired questionnaire cannot be changed. Clone it to a new draft."
                )
            )


def custom_key(pk: int) -> str:
    """The key of a rule or warning sign the clinic added (the shipped ones have
    their own, ``triage/defaults/keys.py``): stable, since a row's id never changes."""
    return f"custom_{pk}"


class KeyedPart(QuestionnairePart):
    """A part that translations, clones and submissions name by its ``key``, so
    they never depend on row ids. A row saved without one gets ``custom_<id>``."""

    key = models.CharField(
        _("key"),
        max_length=40,
        blank=True,
        validators=[key_validator],
        help_text=_("Stable name used by translations and submissions; filled in when left empty."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.key:
            self.key = custom_key(self.pk)
            type(self).objects.filter(pk=self.pk).update(key=self.key)


class Outcome(QuestionnairePart):
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="outcomes"
    )
    key = models.CharField(_("key"), max_length=40, validators=[key_validator])
    urgency = models.CharField(_("urgency"), max_length=10, choices=Urgency.choices)
    rank = models.PositiveSmallIntegerField(
        _("rank"),
        help_text=_(
            "1 is the most urgent. When several outcomes fire, the best rank wins; "
            "ranks are unique within a questionnaire."
        ),
    )
    headline = models.CharField(
        _("headline"),
        max_length=200,
        help_text=_(
            "The action. {emergency_number}, {clinic_phone}, {urgent_care} and "
            "{out_of_hours} are filled in from clinic settings."
        ),
    )
    advice = models.TextField(_("advice"))
    safety_net = models.TextField(
        _("safety net"),
        blank=True,
        help_text=_(
            "What to do if it does not get better, and when. The questionnaire's one list of "
            "warning signs is shown under it on every outcome."
        ),
    )
    related_conditions = models.ManyToManyField("articles.Condition", blank=True, related_name="+")
    related_articles = models.ManyToManyField("articles.Article", blank=True, related_name="+")

    class Meta:
        verbose_name = _("outcome")
        ordering = ["rank", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["questionnaire", "key"], name="unique_outcome_key"),
            models.UniqueConstraint(fields=["questionnaire", "rank"], name="unique_outcome_rank"),
        ]

    def __str__(self):
        return f"{self.rank}. {self.key} ({self.get_urgency_display()})"


class SafetyNetItemQuerySet(models.QuerySet):
    def published(self):
        """The published questionnaire's list: the one every public page shows."""
        return self.filter(questionnaire__status=QuestionnaireStatus.PUBLISHED)


class SafetyNetItem(KeyedPart):
    """One warning sign of the questionnaire version's one safety-net list.

    Every outcome, the "When to get help" article and every condition's
    emergency and urgent care cards render this same list (CLINICAL.md v3).
    """

    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.CASCADE, related_name="safety_net"
    )
    level = models.CharField(_("group"), max_length=20, choices=SafetyGroup.choices)
    text = models.CharField(
        _("warning sign"),
        max_length=200,
        help_text=_("Completes “… if:”, e.g. “your foot is cold or pale”."),
    )
    covers = models.CharField(
        _("question keys it covers"),
        max_length=300,
        blank=True,
        help_text=_(
            "The questions this sign stands for, comma-separated, e.g. “fever, hot_swollen”. "
            "A version is published only when every key of an urgent rule is covered by a sign "
            "of the same group or a more urgent one."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = SafetyNetItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("warning sign")
        verbose_name_plural = _("safety net: warning signs")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "key"],
                condition=~Q(key=""),
                name="unique_safety_net_key",
            )
        ]

    def __str__(self):
        return self.text


class Rule(KeyedPart):
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="rules")
    name = models.CharField(_("name"), max_length=120)
    outcome = models.ForeignKey(
        Outcome, verbose_name=_("leads to"), on_delete=models.PROTECT, related_name="rules"
    )
    reason = models.CharField(
        _("reason shown to the patient"),
        max_length=250,
        help_text=_(
            "Completes “Because you told us …”, e.g. “your knee locked and will not straighten”."
        ),
    )
    source = models.CharField(
        _("source"), max_length=300, help_text=_("Citation for the rule and its thresholds.")
    )
    patient_text = models.TextField(
        _("what it may mean"),
        blank=True,
        help_text=_(
            "For urgent rules: one or two short sentences for the patient about this reason, "
            "e.g. “A limp or hip pain in a young person can come from the hip.”"
        ),
    )
    until_then = models.TextField(
        _("until you are seen"),
        blank=True,
        help_text=_(
            "For urgent rules: what to do until seen, e.g. “Do not rub or massage the calf.”"
        ),
    )
    # Pages about this reason: an urgent result links only those of its rules.
    related_conditions = models.ManyToManyField(
        "articles.Condition",
        blank=True,
        related_name="+",
        verbose_name=_("conditions about this reason"),
    )
    related_articles = models.ManyToManyField(
        "articles.Article",
        blank=True,
        related_name="+",
        verbose_name=_("articles about this reason"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("rule")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "key"], condition=~Q(key=""), name="unique_rule_key"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (
            self.outcome_id
            and self.questionnaire_id
            and self.outcome.questionnaire_id != self.questionnaire_id
        ):
            raise ValidationError({"outcome": _("Choose an outcome of the same questionnaire.")})


class Clause(models.Model):
    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="clauses")
    question = models.ForeignKey("Question", on_delete=models.CASCADE, related_name="+")
    operator = models.CharField(
        _("operator"), max_length=4, choices=Operator.choices, default=Operator.EQ
    )
    value = models.CharField(_("value"), max_length=100)

    class Meta:
        verbose_name = _("clause")
        ordering = ["pk"]

    def __str__(self):
        return f"{self.question.key} {self.get_operator_display()} {self.value}"

    def clean(self):
        super().clean()
        if not (self.rule_id and self.question_id):
            return
        if self.question.questionnaire_id != self.rule.questionnaire_id:
            raise ValidationError({"question": _("Choose a question of the same questionnaire.")})
        problem = engine.clause_problem(self.question.to_engine(), self.operator, self.value)
        if problem:
            raise ValidationError({"value": problem_message(*problem)})
