from django.conf import settings
from django.core.checks import Error, register

OTP = "django_otp.middleware.OTPMiddleware"
OURS = "accounts.middleware.TwoFactorMiddleware"


@register("security")
def check_two_factor_middleware(app_configs=None, **kwargs):
    """Without the middleware a password alone would reach the admin."""
    middleware = list(settings.MIDDLEWARE)
    if OTP in middleware and OURS in middleware and middleware.index(OTP) < middleware.index(OURS):
        return []
    return [
        Error(
            "Two-factor sign-in is not enforced: MIDDLEWARE needs "
            f"{OTP} and then {OURS}, after AuthenticationMiddleware.",
            id="accounts.E001",
        )
    ]
