from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from clinic.admin_readonly import ReadOnlyModelAdmin
from clinic.models import ClinicSettings, CSPReportCount


@admin.register(ClinicSettings)
class ClinicSettingsAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "phone",
        "emergency_number",
        "paper_size",
        "reading_grade_target",
        "inflesz_target",
    ]
    fieldsets = [
        (None, {"fields": ["name", "phone", "address", "emergency_number"]}),
        (
            _("Printing and writing"),
            {"fields": ["paper_size", "reading_grade_target", "inflesz_target"]},
        ),
    ]

    def has_add_permission(self, request):
        return not ClinicSettings.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(CSPReportCount)
class CSPReportCountAdmin(ReadOnlyModelAdmin):
    """Read only: browsers write the counts (clinic/csp_reports.py)."""

    list_display = ["day", "directive", "blocked", "count"]
    list_filter = ["directive", "day"]
    search_fields = ["blocked"]
    date_hierarchy = "day"
