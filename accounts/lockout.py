"""The code step's share of the login lockout (django-axes).

A wrong code is reported as a failed login, with the same credentials dict
axes builds for a wrong password (``{"username": ...}``), so wrong passwords
and wrong codes add up to the one limit per username and address
(``AXES_LOCKOUT_PARAMETERS``). The count is cleared only when sign-in is
complete: axes' own reset on login is off (``AXES_RESET_ON_SUCCESS``), since
it would clear it after the password step and give whoever knows the password
unlimited guesses at the code.
"""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_ip_address, get_credentials, get_lockout_response
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed

from accounts.policy import two_factor_required


def _credentials(user) -> dict:
    return get_credentials(user.get_username())


def is_locked(request, user) -> bool:
    return AxesProxyHandler.is_locked(request, _credentials(user))


def report_wrong_code(request, user) -> bool:
    """Count a wrong code as a failed login; True if that locks the account out."""
    user_login_failed.send(sender=__name__, credentials=_credentials(user), request=request)
    return bool(getattr(request, "axes_locked_out", False))


def lockout_response(request, user):
    """Sign the half-signed-in session out and show axes' lockout page."""
    credentials = _credentials(user)
    logout(request)
    return get_lockout_response(request, credentials=credentials)


def clear_failures(request, user) -> None:
    """Sign-in is complete: forget this username's failures from this address."""
    AxesProxyHandler.reset_attempts(
        ip_address=get_client_ip_address(request), username=user.get_username()
    )


def on_user_logged_in(sender, request, user, **kwargs):
    """user_logged_in receiver: a password sign-in with no code step to follow
    is complete, so its failures are forgotten (as axes does by default)."""
    if request is not None and not two_factor_required(user):
        clear_failures(request, user)
