from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, StreamingHttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit.export import csv_lines
from audit.models import AuditEvent
from clinic.admin_readonly import ReadOnlyModelAdmin


def csv_response(events) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(events), content_type="text/csv; charset=utf-8")
    name = f"audit-trail-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyModelAdmin):
    """Read only: nobody adds, edits or deletes events here (``purge_audit_log`` deletes old ones)."""

    list_display = [
        "created",
        "actor_username",
        "action",
        "object_repr",
        "client_address",
        "detail",
    ]
    list_filter = ["action", "created", ("actor", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["actor_username", "object_repr", "client_address", "detail"]
    date_hierarchy = "created"
    list_select_related = ["actor"]
    actions = ["export_csv"]

    @admin.action(description=_("Export the selected events as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        return csv_response(queryset.order_by("-created", "-pk").iterator())

    def get_urls(self):
        export = path(
            "export.csv",
            self.admin_site.admin_view(self.export_view),
            name="audit_auditevent_export",
        )
        return [export, *super().get_urls()]

    def export_view(self, request):
        """Every event the list shows with the same filters and search, all pages."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return HttpResponseRedirect(reverse("admin:audit_auditevent_changelist") + "?e=1")
        return csv_response(changelist.get_queryset(request).iterator())
