from django.contrib.auth.models import AnonymousUser

from accounts.policy import verification_pending


def two_factor_step(view):
    """Mark a view that a session still owing its code may see as signed in:
    the admin's sign-in and sign-out, and the two-factor pages."""
    view.two_factor_step = True
    return view


class TwoFactorMiddleware:
    """After the password, before the code: the session counts as anonymous
    everywhere but the views marked ``two_factor_step``. So the admin, staff
    previews of drafts and the handout printing page all need the code, not
    just the admin site. Goes after django-otp's OTPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "two_factor_step", False):
            return None
        if verification_pending(request):
            request.user = AnonymousUser()
        return None
