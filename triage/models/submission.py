"""One completed questionnaire: answers, outcome, reasons; nothing that identifies a patient."""

import secrets

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from triage.models.choices import Urgency
from triage.models.questionnaire import Questionnaire


def new_token() -> str:
    # 24 random bytes: 32 URL-safe characters, unguessable.
    return secrets.token_urlsafe(24)


class SubmissionQuerySet(models.QuerySet):
    def older_than(self, cutoff):
        return self.filter(created__lt=cutoff)


class Submission(models.Model):
    """One completed questionnaire. Holds no name, contact detail, IP or user agent."""

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    questionnaire = models.ForeignKey(
        Questionnaire, on_delete=models.PROTECT, related_name="submissions"
    )
    answers = models.JSONField()
    outcome_key = models.CharField(max_length=40)
    urgency = models.CharField(max_length=10, choices=Urgency.choices)
    reasons = models.JSONField(default=list, blank=True)
    # The keys of the rules that fired, so the result shows their own words and
    # pages. Empty on submissions made before it was stored: those are matched
    # back to rules by their reasons.
    fired_rules = models.JSONField(default=list, blank=True)
    # The language the form was answered in: how many patients use each language
    # is what a clinic's language-access plan asks for. Not personal data.
    language = models.CharField(max_length=10, blank=True, default="")
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.created:%Y-%m-%d %H:%M} → {self.outcome_key}"

    def get_absolute_url(self):
        return reverse("triage:result", args=[self.token])
