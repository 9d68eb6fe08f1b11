"""History pages that read like a product: versions with names, workflow steps with
comments, compare any two versions, and restore one (as a new draft for a live page)."""

import difflib
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from publishing import workflow
from publishing.admin.display import local_date, person
from publishing.models import WorkflowEvent
from publishing.readability import text_blocks


class HistoryAdminMixin:
    def history_view(self, request, object_id, extra_context=None):
        obj = get_object_or_404(self.model, pk=object_id)
        events = list(WorkflowEvent.objects.of(obj)[:100])
        for event in events:
            transition = workflow.BY_NAME.get(event.transition)
            if transition is not None:
                event.label = transition.label
            else:
                is_edit = event.transition == workflow.EDITED
                event.label = workflow.EDITED_LABEL if is_edit else event.transition
        return super().history_view(
            request, object_id, {**(extra_context or {}), "workflow_events": events}
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # Reverting is an edit of the current item: it needs the change
        # permission on the item as it is now, not as it was in that version.
        current = get_object_or_404(self.get_queryset(request), pk=object_id)
        if request.method == "POST" and not self.has_change_permission(request, current):
            raise PermissionDenied
        # A revert saves without inlines (PublishableAdmin.save_model hands it over).
        request.reverting_to_version = True
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


# Bookkeeping every save moves, and figures derived from the text.
NOT_COMPARED = {"version", "updated", "reading_grade", "smog", "word_count", "reading_minutes"}


def version_changes(model, older, newer) -> list[dict]:
    """What changed in each field between two history records, for people to read.

    Text is compared block by block (paragraph, heading, list item; or line): only
    the blocks that changed are shown, with the changed words marked inline
    (<ins>/<del>); yes/no fields read "Yes"/"No", choices by their label.
    """
    delta = newer.diff_against(older)
    changes = []
    for change in delta.changes:
        if change.field in NOT_COMPARED:
            continue
        field = model._meta.get_field(change.field)
        old, new = _readable(field, change.old), _readable(field, change.new)
        changes.append({"label": field.verbose_name, "rows": _block_rows(old, new)})
    return changes


def _readable(field, value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(field, models.BooleanField):
        return str(_("Yes") if value else _("No"))
    if isinstance(field, models.DateField):  # and DateTimeField
        return local_date(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if field.is_relation and field.related_model is not None:
        related = field.related_model._default_manager.filter(pk=value).first()
        if related is None:
            return str(value)
        return person(related) if related._meta.label == settings.AUTH_USER_MODEL else str(related)
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    return str(value)


def _block_rows(old: str, new: str) -> list[dict]:
    """Rows of the comparison: "changed" (words marked inline), "added", "removed", and
    "unchanged" standing for a run of equal blocks (not repeated in full)."""
    old_blocks, new_blocks = _lines(old), _lines(new)
    rows = []
    matcher = difflib.SequenceMatcher(None, old_blocks, new_blocks, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            count = i2 - i1
            rows.append(
                {
                    "kind": "unchanged",
                    "html": ngettext("%(count)s unchanged part", "%(count)s unchanged parts", count)
                    % {"count": count},
                }
            )
            continue
        removed, added = old_blocks[i1:i2], new_blocks[j1:j2]
        paired = min(len(removed), len(added)) if op == "replace" else 0
        for before, after in zip(removed[:paired], added[:paired], strict=True):
            rows.append({"kind": "changed", "html": inline_diff(before, after)})
        rows += [{"kind": "removed", "html": block} for block in removed[paired:]]
        rows += [{"kind": "added", "html": block} for block in added[paired:]]
    return rows


def inline_diff(old: str, new: str) -> str:
    """``new`` with the words taken out of ``old`` in <del> and those put in, in <ins>."""
    before, after = _WORDS.findall(old), _WORDS.findall(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(before[i1:i2])))
            continue
        if i2 > i1:
            parts.append(_marked("del", _("removed:"), "".join(before[i1:i2])))
        if j2 > j1:
            parts.append(_marked("ins", _("added:"), "".join(after[j1:j2])))
    return mark_safe("".join(parts))  # noqa: S308 (each part escaped above)


def _marked(tag: str, label: str, words: str) -> str:
    """Words in <del> or <ins>, with the change said for screen readers too."""
    return format_html(
        '<{tag}><span class="visually-hidden">{} </span>{}</{tag}>', label, words, tag=tag
    )


_WORDS = re.compile(r"\s+|[^\s]+")


def _lines(value: str) -> list[str]:
    if not value:
        return []
    if "<" in value:
        # Rich text: compare the words block by block, not the markup.
        return text_blocks(value)
    return value.splitlines()
