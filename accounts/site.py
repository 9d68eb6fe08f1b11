"""The admin site, with a second step at sign-in (see accounts/views.py)."""

from django.contrib import admin
from django.http import HttpResponseRedirect
from django.urls import path
from django.views.decorators.cache import never_cache

from accounts import views
from accounts.middleware import two_factor_step
from accounts.policy import verification_pending


class PortalAdminSite(admin.AdminSite):
    """The default admin site (``accounts.apps.PortalAdminConfig``).

    The password step is Django's admin login; a session that must also pass
    a code is sent on to the code step, or to set up an app if it has none.
    Until then ``TwoFactorMiddleware`` shows it as anonymous to every other
    view, so the admin's own permission check sends it back here.
    """

    @two_factor_step
    def login(self, request, extra_context=None):
        if request.method == "GET" and verification_pending(request):
            return HttpResponseRedirect(
                views.second_step_url(request.user, views.next_url(request))
            )
        response = super().login(request, extra_context)
        if response.status_code == 302 and verification_pending(request):
            # The password was right: the code comes next, before anything else.
            return HttpResponseRedirect(
                views.second_step_url(request.user, views.next_url(request))
            )
        return response

    @two_factor_step
    def logout(self, request, extra_context=None):
        return super().logout(request, extra_context)

    def two_factor_view(self, view):
        def wrapped(request):
            return view(request, self)

        return two_factor_step(never_cache(wrapped))

    def get_urls(self):
        ours = [
            path(
                "two-factor/verify/",
                self.two_factor_view(views.verify),
                name="two_factor_verify",
            ),
            path("two-factor/", self.two_factor_view(views.setup), name="two_factor_setup"),
            path(
                "two-factor/recovery-codes/",
                self.two_factor_view(views.recovery_codes),
                name="two_factor_recovery_codes",
            ),
            path(
                "two-factor/recovery-codes/new/",
                self.two_factor_view(views.regenerate_recovery_codes),
                name="two_factor_new_recovery_codes",
            ),
        ]
        return ours + super().get_urls()
