"""Admin behaviour shared by all publishable content: workflow, conflicts, history."""

from types import SimpleNamespace

from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from simple_history.admin import SimpleHistoryAdmin

from clinic.models import ClinicSettings
from publishing import services, workflow
from publishing.admin.display import local_date, person
from publishing.admin.filters import (
    DemoContentFilter,
    ReadingTargetFilter,
    ReviewOverdueFilter,
    WorkflowStateFilter,
)
from publishing.admin.history import HistoryAdminMixin
from publishing.admin.workflow import WorkflowAdminMixin
from publishing.models import Draft, Status, WorkflowEvent
from publishing.richtext import rich_text_fields


class PublishableAdmin(WorkflowAdminMixin, HistoryAdminMixin, SimpleHistoryAdmin):
    change_form_template = "admin/publishing/publishable_change_form.html"
    object_history_template = "admin/publishing/object_history.html"
    list_filter = [
        WorkflowStateFilter,
        DemoContentFilter,
        ReviewOverdueFilter,
        ReadingTargetFilter,
    ]
    list_select_related = ["reviewed_by"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["workflow_summary", "sample_content", "readability_report"]

    # Permissions -------------------------------------------------------------

    def _can(self, request, action):
        opts = self.opts
        return request.user.has_perm(f"{opts.app_label}.{action}_{opts.model_name}")

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or workflow.may_edit(obj, self._draft(obj), request.user)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        # Read only (e.g. an author's item in review): rich text is shown as it
        # reads, not as its HTML source.
        rich = {field.name: field for field in rich_text_fields(self.model)}
        return [
            (
                name,
                {
                    **options,
                    "fields": [
                        rendered_rich_text(rich[field]) if field in rich else field
                        for field in options["fields"]
                    ],
                },
            )
            for name, options in fieldsets
        ]

    # Live + draft --------------------------------------------------------------

    def _draft(self, obj):
        if not hasattr(obj, "_draft"):
            obj._draft = services.draft_of(obj) if obj.status == Status.PUBLISHED else None
        return obj._draft

    def get_queryset(self, request):
        drafts = Draft.objects.filter(
            content_type=ContentType.objects.get_for_model(self.model), object_id=OuterRef("pk")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(draft_status=Subquery(drafts.values("status")[:1]))
        )

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        draft = self._draft(obj) if obj is not None else None
        if draft is not None:
            # Staff edit the draft of changes; the live row stays as it is.
            services.with_draft_applied(obj, draft)
        return obj

    def get_form(self, request, obj=None, change=False, **kwargs):
        form_class = super().get_form(request, obj, change, **kwargs)
        draft = self._draft(obj) if obj is not None else None
        if draft is None:
            return form_class
        m2m = draft.data.get("m2m", {})

        class DraftForm(form_class):
            def __init__(self, *args, **form_kwargs):
                form_kwargs["initial"] = {**m2m, **form_kwargs.get("initial", {})}
                super().__init__(*args, **form_kwargs)

        return DraftForm

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        rows = self._draft_rows(obj, inline)
        if rows is not None:
            # The draft's rows, as new forms: saving them goes to the draft again.
            kwargs["queryset"] = inline.model.objects.none()
            kwargs["initial"] = rows
        return kwargs

    def _draft_rows(self, obj, inline):
        draft = self._draft(obj) if obj is not None and obj.pk else None
        if draft is None:
            return None
        return draft.data.get("inlines", {}).get(self.model.content_child_for(inline.model))

    def get_formsets_with_inlines(self, request, obj=None):
        for inline in self.get_inline_instances(request, obj):
            rows = self._draft_rows(obj, inline)
            if rows is None:
                yield inline.get_formset(request, obj), inline
            else:
                # One form a draft row (min_num forms come first; None when unset).
                extra = max(len(rows) - (inline.get_min_num(request, obj) or 0), 0)
                yield inline.get_formset(request, obj, extra=extra), inline

    # Saving ------------------------------------------------------------------
    #
    # A new item is saved as Django saves it (it starts as a draft). An edit is
    # handed, with its inline rows, to ``services.publishable_save`` once: from
    # save_related, which has the inlines; a revert from the history has none
    # and is handed over from save_model.

    def save_model(self, request, obj, form, change):
        obj.updated_by = request.user
        if not change:
            obj.author = request.user
            super().save_model(request, obj, form, change)
        elif getattr(request, "reverting_to_version", False):
            form.save_m2m = lambda: None  # the service saved the related items
            self._save_content(request, form, formsets=[])

    def save_related(self, request, form, formsets, change):
        if not change:
            super().save_related(request, form, formsets, change)
            return
        self._save_content(request, form, formsets)
        for formset in formsets:
            note_saved_rows(formset)

    def _save_content(self, request, form, formsets):
        saved = services.publishable_save(
            item=form.current,
            user=request.user,
            data=form_content(form, formsets),
            expected_version=form.cleaned_data.get("expected_version"),
        )
        if isinstance(saved, Draft):
            form.current._draft = saved
            self.message_user(
                request,
                _(
                    "Your changes are saved as a draft. Patients still see the live page until "
                    "the changes are approved and published."
                ),
                messages.INFO,
            )

    def construct_change_message(self, request, form, formsets, add=False):
        if not add and form.current.status == Status.PUBLISHED:
            return [{"changed": {"fields": [_("draft of changes")]}}]
        return super().construct_change_message(request, form, formsets, add)

    @admin.display(description=gettext_lazy("Workflow"))
    def workflow_summary(self, obj):
        if not obj.pk:
            return _("New items start as drafts.")
        draft = self._draft(obj)
        lines = [
            format_html("{}: <strong>{}</strong>", _("Status"), workflow.state_label(obj, draft))
        ]
        if obj.is_demo:
            # Demo items carry a reviewer and dates nobody gave: say so plainly.
            lines.append(
                format_html(
                    "<strong>{}</strong>",
                    _(
                        "Never reviewed: sample content that came with the portal. No "
                        "clinician has approved it here."
                    ),
                )
            )
        elif obj.status == Status.PUBLISHED:
            lines.append(
                format_html(
                    "{}: {} ({})",
                    _("The live version was approved by"),
                    person(obj.reviewed_by),
                    local_date(obj.reviewed_on),
                )
            )
        elif obj.reviewed_by and obj.status == workflow.APPROVED:
            lines.append(
                format_html(
                    "{}: {} ({})",
                    _("Approved by"),
                    person(obj.reviewed_by),
                    local_date(obj.reviewed_on),
                )
            )
        if draft is not None and draft.approved_by_id:
            lines.append(
                format_html(
                    "{}: {} ({})",
                    _("The changes were approved by"),
                    person(draft.approved_by),
                    local_date(draft.approved_on),
                )
            )
        if not obj.is_demo:
            lines.append(
                format_html("{}: {}", _("Next review due"), local_date(obj.next_review_due))
            )
        returned = WorkflowEvent.objects.of(obj).exclude(comment="").first()
        if returned is not None:
            lines.append(
                format_html(
                    "{} ({}, {}): <q>{}</q>",
                    _("Latest comment"),
                    person(returned.user),
                    local_date(returned.created),
                    returned.comment,
                )
            )
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))

    @admin.display(description=gettext_lazy("Status"), ordering="status")
    def state(self, obj):
        draft = (
            SimpleNamespace(status=obj.draft_status) if getattr(obj, "draft_status", None) else None
        )
        return workflow.state_label(obj, draft)

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
        note = measure_the_draft(obj)
        target = ClinicSettings.load().reading_grade_target
        verdict = (
            _("within the target")
            if obj.reading_grade <= target
            else _("ABOVE the target: use shorter sentences and plainer words")
        )
        return format_html(
            "{}{}: <strong>{}</strong> ({} {}, {})<br>SMOG: {}<br>{}: {}<br>{}: {}",
            note,
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


def measure_the_draft(obj) -> str:
    """Figures for the text on the form: a live item's draft of changes is measured
    here (its saved figures are the live text's). Returns a note saying so, or ""."""
    if getattr(obj, "_draft", None) is None:
        return ""
    obj.refresh_readability()  # on the unsaved, draft-applied item
    return format_html("<em>{}</em><br>", _("Figures for the draft of changes:"))


def rendered_rich_text(field):
    """A read-only display of a rich-text field, rendered (it is sanitised on every save)."""

    def rendered(obj):
        value = getattr(obj, field.attname) or ""
        return format_html('<div class="rich-text-preview">{}</div>', mark_safe(value))  # noqa: S308

    rendered.short_description = field.verbose_name
    rendered.__name__ = field.name  # the row's class: "field-body", as when editable
    return rendered


def form_content(form, formsets) -> dict:
    """The edit on a change form and its inlines, as content data for ``publishable_save``."""
    item = form.instance
    # Related rows as sorted ids: a set, whatever order the database gave them in,
    # so an unchanged save compares equal to the live item.
    m2m = {
        field.name: sorted(related.pk for related in form.cleaned_data[field.name])
        for field in item._meta.many_to_many
        if field.name in form.cleaned_data
    }
    children = {
        formset.fk.remote_field.get_accessor_name(): inline_rows(formset) for formset in formsets
    }
    return item.content_data(m2m=m2m, children=children)


def note_saved_rows(formset) -> None:
    """What ``formset.save()`` reports (the admin's change message reads it): the
    service saved the rows, so the formset's forms tell what they changed."""
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for form in formset.forms:
        deleted = bool((form.cleaned_data or {}).get("DELETE"))
        if form.instance.pk and deleted:
            formset.deleted_objects.append(form.instance)
        elif form.instance.pk and form.has_changed():
            formset.changed_objects.append((form.instance, form.changed_data))
        elif not form.instance.pk and form.has_changed() and not deleted:
            formset.new_objects.append(form.instance)


def inline_rows(formset) -> list[dict]:
    """The rows an inline formset holds, as content data (deleted rows left out)."""
    skip = {"id", "DELETE", "ORDER", formset.fk.name}
    rows = []
    for form in formset.forms:
        # An unchanged extra form is not cleaned: its values are its initial row.
        values = form.cleaned_data or (form.initial if not form.has_changed() else {})
        if not values or values.get("DELETE"):
            continue
        # A saved row keeps its id: it is changed in place, not replaced.
        row = {"id": form.instance.pk} if form.instance.pk else {}
        for name, value in values.items():
            if name in skip:
                continue
            if isinstance(value, models.Model):
                row[f"{name}_id"] = value.pk
            else:
                row[name] = value
        rows.append(row)
    return rows
