"""Admin behaviour shared by all publishable content: workflow, conflicts, history."""

import difflib

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from articles import services
from articles.models import Status
from articles.readability import text_blocks
from portal.models import ClinicSettings

# Fields only the workflow services change (articles/services.py): a content
# save or a revert in the admin keeps their current values.
KEPT_ON_CONTENT_SAVE = [
    "status",
    "author_id",
    "reviewed_by_id",
    "reviewed_on",
    "next_review_due",
    "approved_version",
    "is_demo",
]

TRANSITION_LABELS = {
    "submit": gettext_lazy("Submit for review"),
    "approve": gettext_lazy("Approve (clinical review)"),
    "publish": gettext_lazy("Publish"),
    "archive": gettext_lazy("Archive"),
    "return_to_draft": gettext_lazy("Return to draft"),
}


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


class PublishableAdmin(SimpleHistoryAdmin):
    change_form_template = "admin/articles/publishable_change_form.html"
    object_history_template = "admin/articles/object_history.html"
    history_list_display = ["compare_link"]
    list_filter = ["status", DemoContentFilter, ReviewOverdueFilter, ReadingTargetFilter]
    list_select_related = ["reviewed_by"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    actions = ["submit_for_review", "approve", "publish", "archive"]
    readonly_fields = ["workflow_summary", "sample_content", "readability_report"]

    # Permissions -------------------------------------------------------------

    def _can(self, request, action):
        opts = self.opts
        return request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")

    def has_review_permission(self, request):
        return self._can(request, "review")

    def has_publish_permission(self, request):
        return self._can(request, "publish")

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or obj.status == Status.DRAFT:
            return True
        # Once submitted, only reviewers and publishers may change the text.
        return self.has_review_permission(request) or self.has_publish_permission(request)

    # Saving ------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        if not change:
            obj.author = request.user
            obj.status = Status.DRAFT
        else:
            current = form.current
            for field in KEPT_ON_CONTENT_SAVE:
                setattr(obj, field, getattr(current, field))
            obj.version = current.version
            if obj.status == Status.PUBLISHED and form.has_changed():
                # Patients only see approved text: a changed live page goes back to review.
                obj.status = Status.REVIEW
                self._warn_offline(request)
        super().save_model(request, obj, form, change)

    def _warn_offline(self, request):
        self.message_user(
            request,
            _(
                "Your changes took this page offline: it is back in review. A clinical "
                "reviewer must approve it and a publisher publish it before patients see it again."
            ),
            messages.WARNING,
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Changes made only in inlines (care cards) also take a live page back to review.
        if change and any(formset.has_changed() for formset in formsets):
            if services.publishable_content_changed(item=form.instance, user=request.user):
                self._warn_offline(request)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Reverting is an edit of the current item: it needs the change
        # permission on the item as it is now, not as it was in that version.
        current = get_object_or_404(self.get_queryset(request), pk=object_id)
        if request.method == "POST" and not self.has_change_permission(request, current):
            raise PermissionDenied
        # The conflict check locks the row, which needs a transaction.
        with transaction.atomic():
            return super().history_form_view(request, object_id, version_id, extra_context)

    # Read-only figures -------------------------------------------------------

    @admin.display(description=gettext_lazy("Workflow"))
    def workflow_summary(self, obj):
        if not obj.pk:
            return _("New items start as drafts.")
        reviewer = obj.reviewed_by.get_username() if obj.reviewed_by else _("not yet")
        approved = _("yes") if obj.is_approved else _("no: needs a clinical review")
        return format_html(
            "{}: <strong>{}</strong><br>{}: {}<br>{}: {}<br>{}: {}<br>{}: {}",
            _("Status"),
            obj.get_status_display(),
            _("Reviewed by"),
            reviewer,
            _("Reviewed on"),
            obj.reviewed_on or "-",
            _("Next review due"),
            obj.next_review_due or "-",
            _("This version approved"),
            approved,
        )

    @admin.display(description=gettext_lazy("Sample content"))
    def sample_content(self, obj):
        if obj.pk and obj.is_demo:
            return format_html(
                "<strong>{}</strong><br>{}",
                _("Yes"),
                _(
                    "It came with the portal as an example. Until a clinical reviewer "
                    "approves it, patients see “Sample content: not yet reviewed by a "
                    "clinician” instead of review dates. Approve it or replace it before "
                    "going live."
                ),
            )
        return _("No: the clinic's own content.")

    @admin.display(description=gettext_lazy("Demo"), ordering="is_demo")
    def demo_badge(self, obj):
        return format_html("<strong>{}</strong>", _("Demo")) if obj.is_demo else ""

    @admin.display(description=gettext_lazy("Readability"))
    def readability_report(self, obj):
        if not obj.pk:
            return _("Figures appear after the first save.")
        target = ClinicSettings.load().reading_grade_target
        verdict = (
            _("within the target")
            if obj.reading_grade <= target
            else _("ABOVE the target: use shorter sentences and plainer words")
        )
        return format_html(
            "{}: <strong>{}</strong> ({} {}, {})<br>SMOG: {}<br>{}: {}<br>{}: {}",
            _("Reading grade (Flesch-Kincaid)"),
            obj.reading_grade,
            _("target"),
            target,
            verdict,
            obj.smog,
            _("Words"),
            obj.word_count,
            _("Reading time in minutes"),
            obj.reading_minutes,
        )

    @admin.display(description=gettext_lazy("Grade"), ordering="reading_grade")
    def grade(self, obj):
        return obj.reading_grade

    # Workflow ----------------------------------------------------------------

    def get_urls(self):
        opts = self.opts
        name = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "<path:object_id>/transition/<str:action>/",
                self.admin_site.admin_view(self.transition_view),
                name=f"{name}_transition",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{name}_compare",
            ),
        ] + super().get_urls()

    def available_transitions(self, request, obj):
        can_review = self.has_review_permission(request)
        can_publish = self.has_publish_permission(request)
        can_change = super().has_change_permission(request, obj)
        offered = {
            "submit": can_change and obj.status == Status.DRAFT,
            "approve": can_review and obj.status in (Status.REVIEW, Status.PUBLISHED),
            "publish": can_publish and obj.status == Status.REVIEW,
            "archive": can_publish and obj.status == Status.PUBLISHED,
            "return_to_draft": (can_review or can_publish)
            and obj.status in (Status.REVIEW, Status.ARCHIVED),
        }
        return [(action, TRANSITION_LABELS[action]) for action, ok in offered.items() if ok]

    def transition_view(self, request, object_id, action):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if action not in services.TRANSITIONS:
            raise Http404
        obj = get_object_or_404(self.get_queryset(request), pk=object_id)
        try:
            expected = int(request.POST.get("expected_version", ""))
        except ValueError:
            expected = None
        # PermissionDenied propagates: the admin answers 403.
        self._run_transition(request, obj, action, expected_version=expected)
        url = reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        return HttpResponseRedirect(url)

    def _run_transition(self, request, obj, action, expected_version=None) -> bool:
        try:
            services.TRANSITIONS[action](
                item=obj, user=request.user, expected_version=expected_version
            )
        except ValidationError as error:
            self.message_user(request, f"{obj}: {' '.join(error.messages)}", messages.ERROR)
            return False
        self.message_user(
            request,
            _("%(item)s: %(action)s done. Status is now “%(status)s”.")
            % {
                "item": obj,
                "action": TRANSITION_LABELS[action],
                "status": obj.get_status_display(),
            },
            messages.SUCCESS,
        )
        return True

    def _bulk_transition(self, request, queryset, action):
        for obj in queryset:
            try:
                self._run_transition(request, obj, action)
            except PermissionDenied as error:
                self.message_user(request, f"{obj}: {error}", messages.ERROR)
                continue

    @admin.action(description=gettext_lazy("Submit selected for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._bulk_transition(request, queryset, "submit")

    @admin.action(
        description=gettext_lazy("Approve selected (clinical review)"), permissions=["review"]
    )
    def approve(self, request, queryset):
        self._bulk_transition(request, queryset, "approve")

    @admin.action(description=gettext_lazy("Publish selected"), permissions=["publish"])
    def publish(self, request, queryset):
        self._bulk_transition(request, queryset, "publish")

    @admin.action(description=gettext_lazy("Archive selected"), permissions=["publish"])
    def archive(self, request, queryset):
        self._bulk_transition(request, queryset, "archive")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["transitions"] = self.available_transitions(request, obj) if obj else []
        return super().render_change_form(request, context, add, change, form_url, obj)

    # History: compare two versions ------------------------------------------

    @admin.display(description=gettext_lazy("Compare"))
    def compare_link(self, record):
        url = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_compare", args=[record.id]
        )
        return format_html('<a href="{}?a={}">{}</a>', url, record.history_id, _("with current"))

    def compare_view(self, request, object_id):
        obj = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        records = list(
            obj.history.select_related("history_user").order_by("-history_date", "-history_id")
        )
        if not records:
            raise Http404
        by_id = {str(r.history_id): r for r in records}
        newer = by_id.get(request.GET.get("b", ""), records[0])
        older = by_id.get(request.GET.get("a", ""), records[1] if len(records) > 1 else records[0])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "object": obj,
            "title": _("Compare versions: %s") % obj,
            "records": records,
            "older": older,
            "newer": newer,
            "changes": version_changes(self.model, older, newer),
        }
        return TemplateResponse(request, "admin/articles/compare.html", context)


def version_changes(model, older, newer) -> list[dict]:
    """Line-by-line differences of each tracked field between two history records."""
    delta = newer.diff_against(older)
    changes = []
    for change in delta.changes:
        if change.field in {
            "version",
            "updated",
            "reading_grade",
            "smog",
            "word_count",
            "reading_minutes",
        }:
            continue
        field = model._meta.get_field(change.field)
        old_lines = _lines(change.old)
        new_lines = _lines(change.new)
        diff = [line for line in difflib.ndiff(old_lines, new_lines) if not line.startswith("?")]
        changes.append({"label": field.verbose_name, "diff": diff})
    return changes


def _lines(value) -> list[str]:
    if value is None:
        return [""]
    text = str(value)
    if "<" in text:
        # Rich text: compare the words block by block, not the markup.
        return text_blocks(text)
    return text.splitlines() or [""]
