"""List filters shared by the article and condition admins."""

from types import SimpleNamespace

from django.contrib import admin
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clinic.models import ClinicSettings
from publishing import workflow

_NOT_LIVE = [state for state in workflow.ITEM_STATES if state != workflow.PUBLISHED]


class WorkflowStateFilter(admin.SimpleListFilter):
    """By the state staff read in the list: "Live · Changes in review" is its own choice.

    Needs the admin's queryset annotated with ``draft_status`` (the status of a
    live item's draft of changes).
    """

    title = gettext_lazy("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        choices = []
        for state in workflow.ITEM_STATES:
            if state != workflow.PUBLISHED:
                choices.append((state, workflow.state_label(SimpleNamespace(status=state), None)))
                continue
            live = SimpleNamespace(status=state, publish_at=None, is_live=True)
            choices.append(("live", workflow.state_label(live, None)))
            for change in workflow.DRAFT_STATES:
                label = workflow.state_label(live, SimpleNamespace(status=change))
                choices.append((f"live_{change}", label))
        return choices

    def queryset(self, request, queryset):
        value = self.value()
        if value in _NOT_LIVE:
            return queryset.filter(status=value)
        if value == "live":
            return queryset.filter(status=workflow.PUBLISHED, draft_status__isnull=True)
        if value and value.removeprefix("live_") in workflow.DRAFT_STATES:
            state = value.removeprefix("live_")
            return queryset.filter(status=workflow.PUBLISHED, draft_status=state)
        return queryset


class ReviewOverdueFilter(admin.SimpleListFilter):
    title = gettext_lazy("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("overdue", _("Review overdue"))]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.due_for_review()
        return queryset


class DemoContentFilter(admin.SimpleListFilter):
    """Sample content still shipped with the portal: approve or replace it before going live."""

    title = gettext_lazy("demo content")
    parameter_name = "demo"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(is_demo=True)
        if self.value() == "no":
            return queryset.filter(is_demo=False)
        return queryset


class ReadingTargetFilter(admin.SimpleListFilter):
    title = gettext_lazy("reading grade")
    parameter_name = "reading"

    def lookups(self, request, model_admin):
        return [("above", _("Above reading target"))]

    def queryset(self, request, queryset):
        if self.value() == "above":
            return queryset.above_reading_target(ClinicSettings.load().reading_grade_target)
        return queryset
