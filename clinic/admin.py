from django import forms
from django.contrib import admin
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.admin_readonly import ReadOnlyModelAdmin
from clinic.languages import translation_languages
from clinic.models import ClinicSettings, ClinicWords, CSPReportCount


class ClinicSettingsForm(forms.ModelForm):
    """The settings as they were when the page was opened (``opened_at``): a save
    after someone else's is refused, with everything typed still on the screen."""

    opened_at = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = ClinicSettings
        fields = [
            "name",
            "phone",
            "address",
            "emergency_number",
            "urgent_care",
            "out_of_hours",
            "paper_size",
            "reading_grade_target",
            "inflesz_target",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["opened_at"].initial = saved_at(self.instance.pk).isoformat()

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            # Locked until the admin's transaction ends (inlines included).
            current = saved_at(self.instance.pk, lock=True)
            if cleaned.get("opened_at") != current.isoformat():
                when = formats.date_format(timezone.localtime(current), "DATETIME_FORMAT")
                raise forms.ValidationError(
                    gettext(
                        "Someone else saved the clinic settings on %(when)s, after you "
                        "opened them. Your changes have not been saved, and they are still "
                        "below. Open the settings again to see theirs, then make your changes."
                    )
                    % {"when": when},
                    code="edit_conflict",
                )
        return cleaned


def saved_at(pk: int, *, lock: bool = False):
    rows = ClinicSettings.objects.filter(pk=pk)
    if lock:
        rows = rows.select_for_update()
    return rows.values_list("updated", flat=True).get()


class ClinicWordsInline(admin.StackedInline):
    """The words of "Where patients go" in each other language (one row each)."""

    model = ClinicWords
    fields = ["language", "urgent_care", "out_of_hours"]
    extra = 0

    def get_extra(self, request, obj=None, **kwargs):
        # A blank form for each language not yet written.
        written = obj.words.count() if obj else 0
        return max(len(translation_languages()) - written, 0)

    def get_max_num(self, request, obj=None, **kwargs):
        return len(translation_languages())


@admin.register(ClinicSettings)
class ClinicSettingsAdmin(admin.ModelAdmin):
    form = ClinicSettingsForm
    list_display = [
        "name",
        "phone",
        "emergency_number",
        "paper_size",
        "reading_grade_target",
        "inflesz_target",
    ]
    fieldsets = [
        (None, {"fields": ["name", "phone", "address", "emergency_number", "opened_at"]}),
        (
            _("Where patients go"),
            {
                "fields": ["urgent_care", "out_of_hours"],
                "description": _(
                    "These words finish sentences in the triage advice and the warning "
                    "signs: “… or go to urgent care” and “If everything is closed, …”. "
                    "Write them for each other language at the end of this page too."
                ),
            },
        ),
        (
            _("Printing and writing"),
            {"fields": ["paper_size", "reading_grade_target", "inflesz_target"]},
        ),
    ]

    inlines = [ClinicWordsInline]

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
