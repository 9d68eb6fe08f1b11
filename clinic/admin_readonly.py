from django.contrib import admin


class ReadOnlyModelAdmin(admin.ModelAdmin):
    """A list staff may read but never add to, change or delete from: rows
    written by the portal itself (triage submissions, the audit trail, CSP
    report counts)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
