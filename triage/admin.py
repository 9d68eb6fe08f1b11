"""Clinic staff manage, version and test the triage questionnaire here."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from triage import (
    coverage,
    services,
    submission_admin,  # noqa: F401  (importing it registers its admin)
    texts,
    translation_admin,
)
from triage.models import (
    Clause,
    Outcome,
    Question,
    Questionnaire,
    Rule,
    SafetyNetItem,
    TestCase,
)


class DraftOnlyMixin:
    """Published and retired questionnaires (and their parts) are read-only."""

    def questionnaire_of(self, obj):
        return obj

    def _editable(self, obj):
        questionnaire = self.questionnaire_of(obj) if obj is not None else None
        return questionnaire is None or questionnaire.is_editable

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._editable(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._editable(obj)


class DraftOnlyInline(DraftOnlyMixin):
    extra = 0

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._editable(obj)


class QuestionInline(DraftOnlyInline, admin.TabularInline):
    model = Question
    fields = [
        "order",
        "key",
        "text",
        "help_text",
        "kind",
        "choices",
        "min_value",
        "max_value",
        "unit",
        "step",
        "ask_when",
        "error_name",
        "example",
        "red_flag",
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("text", "help_text", "error_name"):
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 30})
        if db_field.name == "choices":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 18})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class OutcomeInline(DraftOnlyInline, admin.StackedInline):
    model = Outcome
    fields = [
        ("rank", "key", "urgency"),
        "headline",
        "advice",
        "safety_net",
        "related_conditions",
        "related_articles",
    ]
    autocomplete_fields = ["related_conditions", "related_articles"]


class SafetyNetItemForm(forms.ModelForm):
    """A warning sign: its group, its words, and the questions it stands for."""

    class Meta:
        model = SafetyNetItem
        fields = ["order", "level", "text", "covers"]
        help_texts = {
            "level": gettext_lazy(
                "Where the sign is listed: “call the emergency number” (rank 1), “see a doctor "
                "today” (rank 2) or “get seen today” (rank 3)."
            ),
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 2, "cols": 40}),
            "covers": forms.TextInput(attrs={"size": 30}),
        }

    def clean_covers(self):
        """Question keys of this version, written as “fever, hot_swollen”."""
        keys = coverage.parse_keys(self.cleaned_data.get("covers", ""))
        questionnaire_id = self.instance.questionnaire_id
        known = set(
            Question.objects.filter(questionnaire=questionnaire_id).values_list("key", flat=True)
        )
        unknown = [key for key in keys if key not in known]
        if questionnaire_id and unknown:
            raise ValidationError(
                _("%(keys)s: not a question key of this version. Use keys such as %(example)s.")
                % {"keys": ", ".join(unknown), "example": ", ".join(sorted(known)[:3])}
            )
        return ", ".join(keys)


class SafetyNetItemInline(DraftOnlyInline, admin.TabularInline):
    """The one list of warning signs that every outcome, the "When to get help"
    article and every condition's emergency and urgent care cards show, in
    three groups; each sign names the question keys it covers, and a version is
    published only when every key of an urgent rule (rank 1-3) is covered by a
    sign of the rule's group or a more urgent one (CLINICAL.md v3.1)."""

    model = SafetyNetItem
    form = SafetyNetItemForm
    fields = ["order", "level", "text", "covers"]
    verbose_name_plural = gettext_lazy(
        "Safety net: warning signs (shown on every outcome, the “When to get help” article "
        "and every condition's care cards, in three groups). Each sign names the question "
        "keys it covers: publishing checks that every question of an urgent rule has a sign "
        "in the rule's group or a more urgent one."
    )


class RuleInline(DraftOnlyInline, admin.TabularInline):
    model = Rule
    fields = [
        "order",
        "name",
        "outcome",
        "reason",
        "patient_text",
        "until_then",
        "source",
        "clause_summary",
    ]
    readonly_fields = ["clause_summary"]
    show_change_link = True

    @admin.display(description=gettext_lazy("Clauses (all must hold)"))
    def clause_summary(self, rule):
        if not rule.pk:
            return _("Save, then add clauses.")
        return " AND ".join(str(c) for c in rule.clauses.all()) or _("none yet")

    def get_formset(self, request, obj=None, **kwargs):
        self.parent = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "outcome":
            kwargs["queryset"] = Outcome.objects.filter(questionnaire=getattr(self, "parent", None))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class TestCaseInline(DraftOnlyInline, admin.TabularInline):
    model = TestCase
    fields = ["name", "answers", "expected_outcome"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "answers":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Questionnaire)
class QuestionnaireAdmin(DraftOnlyMixin, admin.ModelAdmin):
    change_form_template = "admin/triage/questionnaire_change_form.html"
    list_display = [
        "title",
        "version",
        "status",
        "is_demo",
        "approved_by",
        "approved_on",
        "submission_count",
    ]
    list_filter = ["status", "is_demo"]
    readonly_fields = ["version", "status", "is_demo", "based_on", "approved_by", "approved_on"]
    fields = [
        "title",
        "version",
        "status",
        "introduction",
        "default_outcome",
        "notes",
        "is_demo",
        "based_on",
        "approved_by",
        "approved_on",
    ]
    inlines = [QuestionInline, SafetyNetItemInline, OutcomeInline, RuleInline, TestCaseInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_submissions=Count("submissions"))

    @admin.display(description=gettext_lazy("submissions"), ordering="n_submissions")
    def submission_count(self, obj):
        return obj.n_submissions

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "default_outcome":
            object_id = request.resolver_match.kwargs.get("object_id")
            kwargs["queryset"] = Outcome.objects.filter(questionnaire_id=object_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # The questionnaire's own pages: (address below its change page, view, URL name suffix).
    EXTRA_PAGES = [
        ("tests/", "tests_view", "tests"),
        ("publish/", "publish_view", "publish"),
        ("clone/", "clone_view", "clone"),
        ("translations/<str:language>/", "translations_view", "translations"),
    ]

    def get_urls(self):
        return [
            path(
                f"<int:object_id>/{address}",
                self.admin_site.admin_view(getattr(self, view)),
                name=f"triage_questionnaire_{name}",
            )
            for address, view, name in self.EXTRA_PAGES
        ] + super().get_urls()

    def translations_view(self, request, object_id, language):
        return translation_admin.translations_view(self, request, object_id, language)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_publish"] = bool(
            obj and obj.is_editable and request.user.has_perm("triage.publish_questionnaire")
        )
        context["can_clone"] = bool(obj and self.has_add_permission(request))
        # Per language: how many texts are up to date, out of date or missing.
        context["translation_summaries"] = texts.summaries(obj) if obj else []
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _change_url(self, questionnaire):
        return reverse("admin:triage_questionnaire_change", args=[questionnaire.pk])

    def tests_view(self, request, object_id):
        questionnaire = get_object_or_404(services.questionnaire_with_parts(), pk=object_id)
        if not self.has_view_permission(request, questionnaire):
            raise PermissionDenied
        results = services.questionnaire_run_tests(questionnaire)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": questionnaire,
            "title": _("Test cases: %s") % questionnaire,
            "results": results,
            "failed": sum(not r.passed for r in results),
            "problems": services.questionnaire_structure_problems(questionnaire),
        }
        return TemplateResponse(request, "admin/triage/test_results.html", context)

    def publish_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        questionnaire = get_object_or_404(Questionnaire, pk=object_id)
        try:
            services.questionnaire_publish(questionnaire=questionnaire, user=request.user)
        except ValidationError as error:
            self.message_user(request, _("Not published. Fix these first:"), messages.ERROR)
            for message in error.messages:
                self.message_user(request, message, messages.ERROR)
        else:
            self.message_user(
                request, _("Published. The previous version is retired."), messages.SUCCESS
            )
            for summary in texts.summaries(questionnaire):
                if summary.needing_work:
                    self.message_user(
                        request,
                        _(
                            "%(language)s: %(count)s texts are missing or out of date. "
                            "Patients see the English text for those."
                        )
                        % {"language": summary.name, "count": len(summary.needing_work)},
                        messages.WARNING,
                    )
        return HttpResponseRedirect(self._change_url(questionnaire))

    def clone_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_add_permission(request):
            raise PermissionDenied
        questionnaire = get_object_or_404(Questionnaire, pk=object_id)
        draft = services.questionnaire_clone(questionnaire=questionnaire)
        self.message_user(
            request,
            _("Version %(v)s is a new draft. Edit it, run the tests, then publish.")
            % {"v": draft.version},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._change_url(draft))


class ClauseForm(forms.ModelForm):
    class Meta:
        model = Clause
        fields = ["question", "operator", "value"]


class ClauseInline(DraftOnlyInline, admin.TabularInline):
    model = Clause
    form = ClauseForm
    extra = 1

    def questionnaire_of(self, rule):
        return rule.questionnaire

    def get_formset(self, request, obj=None, **kwargs):
        self.rule = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "question":
            rule = getattr(self, "rule", None)
            kwargs["queryset"] = Question.objects.filter(
                questionnaire=rule.questionnaire_id if rule else None
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Rule)
class RuleAdmin(DraftOnlyMixin, admin.ModelAdmin):
    list_display = ["name", "questionnaire", "outcome", "clauses_text", "source"]
    list_filter = ["questionnaire"]
    list_select_related = ["questionnaire", "outcome"]
    search_fields = ["name", "reason", "source"]
    fields = [
        "questionnaire",
        "order",
        "name",
        "outcome",
        "reason",
        "patient_text",
        "until_then",
        "source",
        "related_conditions",
        "related_articles",
    ]
    autocomplete_fields = ["related_conditions", "related_articles"]
    inlines = [ClauseInline]

    def questionnaire_of(self, rule):
        return rule.questionnaire

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("clauses__question")

    @admin.display(description=gettext_lazy("clauses"))
    def clauses_text(self, rule):
        return " AND ".join(str(c) for c in rule.clauses.all())

    def get_readonly_fields(self, request, obj=None):
        return ["questionnaire"] if obj else []

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "outcome":
            object_id = request.resolver_match.kwargs.get("object_id")
            rule = Rule.objects.filter(pk=object_id).first() if object_id else None
            kwargs["queryset"] = (
                Outcome.objects.filter(questionnaire=rule.questionnaire_id)
                if rule
                else Outcome.objects.all()
            )
        if db_field.name == "questionnaire":
            kwargs["queryset"] = Questionnaire.objects.filter(status="draft")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
