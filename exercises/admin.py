"""Exercises and programme templates in the admin: written, reviewed, published and
translated as articles are (publishing/admin, articles/admin/translation.py)."""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.admin.autocomplete import CheckedAutocompleteMixin
from articles.admin.translation import TranslationAdmin, TranslationForm
from articles.admin.translations_of_source import TranslationsOfSource
from exercises.models import (
    Exercise,
    ExerciseTranslation,
    ProgrammeTemplate,
    ProgrammeTemplateItem,
    ProgrammeTemplateTranslation,
)
from publishing.admin.filters import (
    DemoContentFilter,
    ReadingTargetFilter,
    ReviewOverdueFilter,
    WorkflowStateFilter,
)
from publishing.admin.forms import ConflictCheckedForm
from publishing.admin.publishable import PublishableAdmin

DOSE = ["sets", "repetitions", "hold_seconds", "times_a_day", "days_a_week"]
NAMING = ["title", "slug", "also_known_as", "summary"]
WORDS = ["purpose", "steps"]
PICTURES = ["start_image", "end_image"]
FINDING = ["stage", "position", "equipment", "conditions"]
VERSIONS = ["easier", "harder"]
TEXT_WIDGETS = {
    "also_known_as": forms.Textarea(attrs={"rows": 2, "cols": 60}),
    "purpose": forms.Textarea(attrs={"rows": 3, "cols": 60}),
    "steps": forms.Textarea(attrs={"rows": 8, "cols": 60}),
}
PUBLISHING = (_("Publishing"), {"fields": ["workflow_summary", "sample_content", "publish_at"]})
HIDDEN_VERSION = (None, {"fields": ["expected_version"], "classes": ["hidden"]})


class ExerciseForm(ConflictCheckedForm):
    class Meta(ConflictCheckedForm.Meta):
        model = Exercise
        fields = [*NAMING, *WORDS, *PICTURES, *DOSE, *FINDING, *VERSIONS, "publish_at"]
        labels = {"title": _("Name")}
        widgets = {**ConflictCheckedForm.Meta.widgets, **TEXT_WIDGETS}


@admin.register(Exercise)
class ExerciseAdmin(CheckedAutocompleteMixin, TranslationsOfSource, PublishableAdmin):
    form = ExerciseForm
    readonly_fields = [*PublishableAdmin.readonly_fields, "translations_summary"]
    autocomplete_fields = [*PICTURES, *VERSIONS, "conditions"]
    list_display = [
        "title",
        "demo_badge",
        "state",
        "stage",
        "position",
        "grade",
        "reviewed_on",
        "next_review_due",
    ]
    list_filter = [
        WorkflowStateFilter,
        "stage",
        "position",
        DemoContentFilter,
        ReviewOverdueFilter,
        ReadingTargetFilter,
    ]
    search_fields = ["title", "also_known_as", "summary"]
    fieldsets = [
        (None, {"fields": NAMING}),
        (_("What it is for and how to do it"), {"fields": WORDS}),
        (_("Pictures"), {"fields": PICTURES}),
        (_("Usual dose"), {"fields": DOSE}),
        (_("Finding it"), {"fields": FINDING}),
        (_("Easier and harder versions"), {"fields": VERSIONS}),
        PUBLISHING,
        (_("Readability"), {"fields": ["readability_report"]}),
        (_("Translations"), {"fields": ["translations_summary"]}),
        HIDDEN_VERSION,
    ]


class ProgrammeTemplateForm(ConflictCheckedForm):
    class Meta(ConflictCheckedForm.Meta):
        model = ProgrammeTemplate
        fields = ["title", "slug", "summary", "conditions", "publish_at"]


class ProgrammeTemplateItemInline(CheckedAutocompleteMixin, admin.TabularInline):
    model = ProgrammeTemplateItem
    extra = 0
    min_num = 1
    max_num = ProgrammeTemplate.MAX_ITEMS
    fields = ["order", "exercise", *DOSE]
    autocomplete_fields = ["exercise"]


@admin.register(ProgrammeTemplate)
class ProgrammeTemplateAdmin(CheckedAutocompleteMixin, TranslationsOfSource, PublishableAdmin):
    form = ProgrammeTemplateForm
    inlines = [ProgrammeTemplateItemInline]
    readonly_fields = [*PublishableAdmin.readonly_fields, "translations_summary"]
    autocomplete_fields = ["conditions"]
    list_display = ["title", "demo_badge", "state", "reviewed_on", "next_review_due", "print_link"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "conditions"]}),
        PUBLISHING,
        (_("Readability"), {"fields": ["readability_report"]}),
        (_("Translations"), {"fields": ["translations_summary"]}),
        HIDDEN_VERSION,
    ]

    @admin.display(description=_("print"))
    def print_link(self, template):
        """The staff programme builder (handouts/), started from this template when it is live."""
        if not template.is_live:
            return "-"
        url = f"{reverse('handouts:programme')}?{urlencode({'template': template.slug})}"
        return format_html('<a href="{}">{}</a>', url, gettext("Print for a patient"))


class ExerciseTranslationForm(TranslationForm):
    class Meta(ConflictCheckedForm.Meta):
        model = ExerciseTranslation
        fields = ["source", "language", *Exercise.translated_fields, "publish_at"]
        labels = {"title": _("Name")}
        widgets = {**ConflictCheckedForm.Meta.widgets, **TEXT_WIDGETS}


@admin.register(ExerciseTranslation)
class ExerciseTranslationAdmin(TranslationAdmin):
    form = ExerciseTranslationForm
    english_fields = WORDS
    search_fields = ["title", "also_known_as", "source__title"]
    fieldsets = [
        (None, {"fields": ["source", "language", "english_page", "english_text"]}),
        (_("Translation"), {"fields": Exercise.translated_fields}),
        PUBLISHING,
        (_("Readability"), {"fields": ["readability_report"]}),
        HIDDEN_VERSION,
    ]


class ProgrammeTemplateTranslationForm(TranslationForm):
    class Meta(ConflictCheckedForm.Meta):
        model = ProgrammeTemplateTranslation
        fields = ["source", "language", *ProgrammeTemplate.translated_fields, "publish_at"]


@admin.register(ProgrammeTemplateTranslation)
class ProgrammeTemplateTranslationAdmin(TranslationAdmin):
    form = ProgrammeTemplateTranslationForm
    english_fields = []
    fieldsets = [
        (None, {"fields": ["source", "language", "english_page"]}),
        (_("Translation"), {"fields": ProgrammeTemplate.translated_fields}),
        PUBLISHING,
        (_("Readability"), {"fields": ["readability_report"]}),
        HIDDEN_VERSION,
    ]
