"""Triage submissions in the admin: read only, with a weekly count by outcome."""

from django.contrib import admin
from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clinic.admin_readonly import ReadOnlyModelAdmin
from triage.models import Submission


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyModelAdmin):
    change_list_template = "admin/triage/submission_change_list.html"
    list_display = ["created", "outcome_key", "urgency", "language", "questionnaire", "result_link"]
    list_filter = ["urgency", "outcome_key", "language", "questionnaire"]
    date_hierarchy = "created"
    list_select_related = ["questionnaire"]

    @admin.display(description=gettext_lazy("result page"))
    def result_link(self, submission):
        return format_html('<a href="{}">{}</a>', submission.get_absolute_url(), _("open"))

    def changelist_view(self, request, extra_context=None):
        weekly = (
            Submission.objects.annotate(week=TruncWeek("created"))
            .values("week", "outcome_key")
            .annotate(n=Count("pk"))
            .order_by("-week", "outcome_key")
        )
        rows, outcomes = {}, set()
        for row in weekly[:500]:
            rows.setdefault(row["week"], {})[row["outcome_key"]] = row["n"]
            outcomes.add(row["outcome_key"])
        columns = sorted(outcomes)
        table = [(week, [counts.get(key, 0) for key in columns]) for week, counts in rows.items()]
        extra_context = {
            **(extra_context or {}),
            "weekly_columns": columns,
            "weekly_rows": table[:12],
        }
        return super().changelist_view(request, extra_context)
