"""List filters shared by the article and condition admins."""

from django.contrib import admin
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.models import ClinicSettings


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
