"""History pages that read like a product: versions with names, workflow steps with
comments, compare any two versions, and restore one (as a new draft for a live page)."""

import difflib

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from publishing import workflow
from publishing.models import WorkflowEvent
from publishing.readability import text_blocks


class HistoryAdminMixin:
    def history_view(self, request, object_id, extra_context=None):
        obj = get_object_or_404(self.model, pk=object_id)
        events = list(WorkflowEvent.objects.of(obj)[:100])
        for event in events:
            transition = workflow.BY_NAME.get(event.transition)
            event.label = transition.label if transition else event.transition
        return super().history_view(
            request, object_id, {**(extra_context or {}), "workflow_events": events}
        )

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
        return TemplateResponse(request, "admin/publishing/compare.html", context)


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
