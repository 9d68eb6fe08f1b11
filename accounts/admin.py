from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import services

User = get_user_model()


class StaffUserAdmin(UserAdmin):
    """Django's user admin, plus whether each person has two-factor set up and
    an action to reset a lost device."""

    list_display = [*UserAdmin.list_display, "two_factor"]
    actions = ["reset_two_factor"]

    @admin.display(boolean=True, description=_("Two-factor"))
    def two_factor(self, user):
        return user.has_two_factor

    def get_queryset(self, request):
        apps = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(has_two_factor=Exists(apps))

    @admin.action(permissions=["change"], description=_("Reset two-factor devices"))
    def reset_two_factor(self, request, queryset):
        count = services.reset_devices(queryset)
        self.message_user(
            request,
            ngettext(
                "Two-factor devices reset for %(count)d person; they set up an app "
                "again at their next sign-in.",
                "Two-factor devices reset for %(count)d people; they set up an app "
                "again at their next sign-in.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


# Replaces the registration made by django.contrib.auth (listed before us).
admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)
