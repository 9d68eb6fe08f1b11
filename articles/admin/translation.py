"""Translations in the admin: written, reviewed and published like their sources.

Each translation list shows which ones are out of date (the English page was
published again after the translation's review); each source's change form
lists its translations with a link to add the missing ones.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_prose_editor.fields import ProseEditorFormField

from articles.admin.autocomplete import CheckedAutocompleteMixin
from articles.admin.condition import NAME_LABELS, NAME_WIDGETS
from articles.internal_links import validate_internal_links
from articles.models import (
    Article,
    ArticleTranslation,
    CareAdvice,
    CareAdviceTranslation,
    Condition,
    ConditionTranslation,
    translation_languages,
)
from clinic.models import ClinicSettings
from publishing.admin.display import local_date
from publishing.admin.filters import DemoContentFilter, ReviewOverdueFilter, WorkflowStateFilter
from publishing.admin.forms import ConflictCheckedForm
from publishing.admin.publishable import PublishableAdmin, measure_the_draft
from publishing.readability import inflesz_band
from publishing.richtext import rich_text_fields


# A translation's form, fieldsets and "English text" follow the fields its source
# model translates (``translated_fields``): a new one needs no change here.
def short_text(model) -> list[str]:
    """The translated fields that are not rich text (title, names, summary), in order."""
    rich = {field.name for field in rich_text_fields(model)}
    return [name for name in model.translated_fields if name not in rich]


def rich_text(model) -> list[str]:
    """The translated rich-text fields (an article's body, a condition's sections)."""
    rich = {field.name for field in rich_text_fields(model)}
    return [name for name in model.translated_fields if name in rich]


class OutOfDateFilter(admin.SimpleListFilter):
    title = gettext_lazy("compared with the English page")
    parameter_name = "up_to_date"

    def lookups(self, request, model_admin):
        return [("no", gettext_lazy("Out of date")), ("yes", gettext_lazy("Up to date"))]

    def queryset(self, request, queryset):
        if self.value() == "no":
            return queryset.out_of_date()
        if self.value() == "yes":
            return queryset.up_to_date()
        return queryset


class InfleszTargetFilter(admin.SimpleListFilter):
    title = gettext_lazy("readability (INFLESZ)")
    parameter_name = "reading"

    def lookups(self, request, model_admin):
        return [("below", gettext_lazy("Below the Spanish reading target"))]

    def queryset(self, request, queryset):
        if self.value() == "below":
            return queryset.below_inflesz_target(ClinicSettings.load().inflesz_target)
        return queryset


class TranslationAdmin(CheckedAutocompleteMixin, PublishableAdmin):
    """What article and condition translations share."""

    list_display = [
        "title",
        "source",
        "language",
        "demo_badge",
        "state",
        "up_to_date",
        "reading",
        "reviewed_on",
    ]
    list_filter = [
        WorkflowStateFilter,
        "language",
        OutOfDateFilter,
        DemoContentFilter,
        ReviewOverdueFilter,
        InfleszTargetFilter,
    ]
    list_select_related = ["source", "reviewed_by"]
    search_fields = ["title", "summary", "source__title"]
    prepopulated_fields = {}
    autocomplete_fields = ["source"]
    readonly_fields = [*PublishableAdmin.readonly_fields, "english_page", "english_text"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            # What a translation translates never changes: add another one instead.
            fields += ["source", "language"]
        return fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("language", translation_languages()[0][0])
        return initial

    @admin.display(description=gettext_lazy("Readability"), ordering="inflesz")
    def reading(self, obj):
        if obj.inflesz is None:
            return (obj.has_reading_formula and obj.reading_grade) or "-"
        return f"INFLESZ {obj.inflesz:.0f}"

    @admin.display(description=gettext_lazy("Readability"))
    def readability_report(self, obj):
        if not obj.pk:
            return super().readability_report(obj)
        note = measure_the_draft(obj)
        if not obj.has_reading_formula:
            # Neither a grade nor a verdict: nothing measured how hard it reads.
            return format_html(
                "{}{}<br>{}: {}<br>{}: {}",
                note,
                _("No reading-level formula for this language."),
                _("Words"),
                obj.word_count,
                _("Reading time in minutes"),
                obj.reading_minutes,
            )
        if obj.inflesz is None:
            return super().readability_report(obj)
        target = ClinicSettings.load().inflesz_target
        band = inflesz_band(obj.inflesz)
        verdict = (
            _("meets the target")
            if obj.inflesz >= target
            else _("BELOW the target: use shorter sentences and shorter, plainer words")
        )
        return format_html(
            "{}INFLESZ (Szigriszt-Pazos): <strong>{}</strong>, {} ({}: {} {}, {})<br>"
            "Fernández-Huerta: {}<br>{}: {}<br>{}: {}",
            note,
            f"{obj.inflesz:.1f}",
            band.scale_name,
            band.label,
            _("target"),
            target,
            _("or more"),
            verdict,
            f"{obj.fernandez_huerta:.1f}",
            _("Words"),
            obj.word_count,
            _("Reading time in minutes"),
            obj.reading_minutes,
        )

    @admin.display(description=gettext_lazy("Compared with the English page"))
    def up_to_date(self, obj):
        if obj.source_revision is None:
            return _("Not yet approved")
        if obj.is_out_of_date:
            return format_html(
                "<strong>{}</strong>", _("Out of date: the English page changed after the review")
            )
        return _("Up to date")

    @admin.display(description=gettext_lazy("English page"))
    def english_page(self, obj):
        if not obj.pk:
            return _("Choose the English page above.")
        source = obj.source
        lines = [
            format_html(
                '<a href="{}">{}</a> ({})',
                reverse(
                    f"admin:{source._meta.app_label}_{source._meta.model_name}_change",
                    args=[source.pk],
                ),
                source.title,
                _("published revision %(revision)s, %(date)s")
                % {"revision": source.revision, "date": local_date(source.last_published)},
            )
        ]
        if obj.source_revision is None:
            lines.append(
                _("A clinical approval records the English revision it was checked against.")
            )
        elif obj.is_out_of_date:
            lines.append(
                format_html(
                    "<strong>{}</strong>",
                    _(
                        "Out of date: this translation was approved against revision "
                        "%(approved)s. Compare the English page's history, update the "
                        "translation, and have it approved again."
                    )
                    % {"approved": obj.source_revision},
                )
            )
            compare = english_changes_url(obj)
            if compare:
                lines.append(
                    format_html(
                        '<a href="{}">{}</a>',
                        compare,
                        _("See what changed in English since revision %(approved)s")
                        % {"approved": obj.source_revision},
                    )
                )
        else:
            lines.append(
                _("Approved against revision %(approved)s: up to date.")
                % {"approved": obj.source_revision}
            )
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))

    @admin.display(description=gettext_lazy("English text"))
    def english_text(self, obj):
        if not obj.pk:
            return "-"
        source = obj.source
        parts = [format_html("<h3>{}</h3><p>{}</p>", source.title, source.summary)]
        for field in self.english_fields:
            value = getattr(source, field)
            if value:
                heading = source._meta.get_field(field).verbose_name
                # Stored rich text is sanitised on every save (publishing/richtext.py).
                parts.append(format_html("<h4>{}</h4>{}", heading, mark_safe(value)))  # noqa: S308
        return format_html(
            '<details lang="{}"><summary>{}</summary>{}</details>',
            settings.LANGUAGE_CODE,
            _("Show the English text"),
            mark_safe("".join(parts)),  # noqa: S308 (each part escaped above)
        )


def english_changes_url(translation) -> str:
    """The English page's compare view, from the version the translation was checked
    against to the live one ("" when the history does not reach back that far)."""
    source = translation.source
    history = source.history.order_by("-history_date", "-history_id")
    checked = history.filter(revision=translation.source_revision).first()
    latest = history.filter(revision=source.revision).first()
    if checked is None or latest is None:
        return ""
    url = reverse(
        f"admin:{source._meta.app_label}_{source._meta.model_name}_compare", args=[source.pk]
    )
    return f"{url}?{urlencode({'a': checked.history_id, 'b': latest.history_id})}"


class TranslationForm(ConflictCheckedForm):
    """A translation's text, in its language.

    Its fields say their language (``lang``: the browser's spell-checker and the
    editor's link chooser, which then offers the pages in that language), and
    its links are checked in that language: ``/es/articles/<slug>/`` is a page
    of ours in a Spanish translation. They are checked in ``clean()``, where a
    new translation's language (chosen on the same form) is known.
    """

    NOT_TEXT = {"source", "language", "publish_at", "expected_version"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = self.instance.language
        if not language and "language" in self.fields:
            language = self["language"].value()
        if language:
            for name, field in self.fields.items():
                if name not in self.NOT_TEXT:
                    field.widget.attrs["lang"] = language

    def clean(self):
        cleaned = super().clean()
        language = cleaned.get("language") or self.instance.language
        if not language:
            return cleaned  # the language field says what is wrong
        for name, field in self.fields.items():
            if isinstance(field, ProseEditorFormField) and cleaned.get(name):
                try:
                    validate_internal_links(cleaned[name], language)
                except ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class ArticleTranslationForm(TranslationForm):
    class Meta(ConflictCheckedForm.Meta):
        model = ArticleTranslation
        fields = ["source", "language", *Article.translated_fields, "publish_at"]


@admin.register(ArticleTranslation)
class ArticleTranslationAdmin(TranslationAdmin):
    form = ArticleTranslationForm
    english_fields = rich_text(Article)
    fieldsets = [
        (None, {"fields": ["source", "language", "english_page", "english_text"]}),
        (gettext_lazy("Translation"), {"fields": Article.translated_fields}),
        (
            gettext_lazy("Publishing"),
            {"fields": ["workflow_summary", "sample_content", "publish_at"]},
        ),
        (gettext_lazy("Readability"), {"fields": ["readability_report"]}),
        (None, {"fields": ["expected_version"], "classes": ["hidden"]}),
    ]


class ConditionTranslationForm(TranslationForm):
    class Meta(ConflictCheckedForm.Meta):
        model = ConditionTranslation
        fields = ["source", "language", *Condition.translated_fields, "publish_at"]
        labels = NAME_LABELS
        widgets = NAME_WIDGETS


class CareAdviceTranslationInline(admin.StackedInline):
    model = CareAdviceTranslation
    extra = 0
    fields = ["card", *CareAdvice.translated_fields]
    verbose_name_plural = gettext_lazy(
        "care advice cards (urgency and order come from the English card)"
    )

    def get_formset(self, request, obj=None, **kwargs):
        self._translation = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        translation = getattr(self, "_translation", None)
        if db_field.name == "card" and translation is not None:
            field.queryset = translation.source.care_advice.all()
        return field

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "points":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 5, "cols": 60})
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        translation = getattr(self, "_translation", None)
        if translation is not None and db_field.name in CareAdvice.translated_fields:
            field.widget.attrs["lang"] = translation.language  # spell-checked in its language
        return field


@admin.register(ConditionTranslation)
class ConditionTranslationAdmin(TranslationAdmin):
    form = ConditionTranslationForm
    inlines = [CareAdviceTranslationInline]
    english_fields = rich_text(Condition)
    search_fields = [*short_text(Condition), "source__title"]
    fieldsets = [
        (None, {"fields": ["source", "language", "english_page", "english_text"]}),
        (gettext_lazy("Translation"), {"fields": short_text(Condition)}),
        (gettext_lazy("Page sections"), {"fields": rich_text(Condition)}),
        (
            gettext_lazy("Publishing"),
            {"fields": ["workflow_summary", "sample_content", "publish_at"]},
        ),
        (gettext_lazy("Readability"), {"fields": ["readability_report"]}),
        (None, {"fields": ["expected_version"], "classes": ["hidden"]}),
    ]

    def get_inline_instances(self, request, obj=None):
        # The cards to translate are the English condition's: known once it is saved.
        return super().get_inline_instances(request, obj) if obj is not None else []
