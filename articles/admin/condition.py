from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from articles.admin.autocomplete import CheckedAutocompleteMixin
from articles.admin.translations_of_source import TranslationsOfSource
from articles.internal_links import validate_internal_links
from articles.models import Activity, ActivityName, CareAdvice, Condition
from articles.models.lead_image import LeadImage
from publishing.admin.filters import (
    DemoContentFilter,
    ReadingTargetFilter,
    ReviewOverdueFilter,
    WorkflowStateFilter,
)
from publishing.admin.forms import ConflictCheckedForm
from publishing.admin.publishable import PublishableAdmin

# What names and describes a condition: first on the form.
NAMING = ["title", "slug", "also_known_as", "search_aliases", "summary", "icd10_codes"]
CATALOGUE = ["onset", "areas", "activities"]
LEAD_IMAGE = LeadImage.LEAD_IMAGE_FIELDS
SECTIONS = Condition.SECTIONS  # the model's list: a new section shows here too
# A condition's names look the same in the English form and in each translation's.
NAME_LABELS = {"title": _("Name")}
NAME_WIDGETS = {
    **ConflictCheckedForm.Meta.widgets,
    "also_known_as": forms.Textarea(attrs={"rows": 3, "cols": 60}),
    "search_aliases": forms.Textarea(attrs={"rows": 3, "cols": 60}),
}


class ConditionForm(ConflictCheckedForm):
    link_validators = (validate_internal_links,)

    class Meta(ConflictCheckedForm.Meta):
        model = Condition
        fields = [*NAMING, *LEAD_IMAGE, *CATALOGUE, *SECTIONS, "related_articles", "publish_at"]
        labels = NAME_LABELS
        widgets = NAME_WIDGETS


class CareAdviceInline(admin.StackedInline):
    model = CareAdvice
    extra = 0
    min_num = 1
    fields = [("urgency", "order"), "heading", "points", "action"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "points":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 5, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ActivityNameInline(admin.TabularInline):
    model = ActivityName
    extra = 1


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    inlines = [ActivityNameInline]
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Condition)
class ConditionAdmin(CheckedAutocompleteMixin, TranslationsOfSource, PublishableAdmin):
    readonly_fields = [*PublishableAdmin.readonly_fields, "translations_summary"]
    form = ConditionForm
    inlines = [CareAdviceInline]
    autocomplete_fields = ["activities", "related_articles"]
    list_display = [
        "title",
        "demo_badge",
        "state",
        "onset",
        "icd10_codes",
        "grade",
        "reviewed_on",
        "next_review_due",
    ]
    list_filter = [
        WorkflowStateFilter,
        "onset",
        DemoContentFilter,
        ReviewOverdueFilter,
        ReadingTargetFilter,
    ]
    search_fields = ["title", "also_known_as", "search_aliases", "icd10_codes", "summary"]
    fieldsets = [
        (None, {"fields": NAMING}),
        (_("Lead image"), {"fields": LEAD_IMAGE}),
        (_("Finding it in the catalogue"), {"fields": CATALOGUE}),
        (_("Page sections"), {"fields": SECTIONS}),
        (_("Related"), {"fields": ["related_articles"]}),
        (_("Publishing"), {"fields": ["workflow_summary", "sample_content", "publish_at"]}),
        (_("Readability"), {"fields": ["readability_report"]}),
        (_("Translations"), {"fields": ["translations_summary"]}),
        (None, {"fields": ["expected_version"], "classes": ["hidden"]}),
    ]
