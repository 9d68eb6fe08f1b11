from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    """Staff sign-in: the two-factor step (django-otp), enrolment, recovery
    codes, and its share of the login lockout (django-axes)."""

    name = "accounts"
    verbose_name = _("Staff accounts")
    default = True

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from accounts import checks, lockout  # noqa: F401 - registers the system check

        user_logged_in.connect(lockout.on_user_logged_in, dispatch_uid="accounts.lockout")


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our site, whose sign-in has the two-factor step.
    Named in INSTALLED_APPS in place of django.contrib.admin."""

    default = False

    default_site = "accounts.site.PortalAdminSite"
