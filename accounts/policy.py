"""Who must sign in with a second factor, and whether this session has.

Required for anyone who can approve or publish content (the workflow
permissions ``review_*`` and ``publish_*``, triage's
``publish_questionnaire`` included), manage user accounts or read the audit
trail, and for superusers. ``DJANGO_2FA_FOR_AUTHORS`` extends it to every staff account,
and anyone who has set up an authenticator app of their own accord uses it;
``DJANGO_DEMO_STAFF_WITHOUT_2FA`` (``make run`` only; ``check --deploy``
rejects it with DEBUG off) switches it off.
"""

from django.conf import settings

WORKFLOW_PREFIXES = ("review_", "publish_")
USER_MANAGEMENT = {
    f"auth.{action}_{model}"
    for action in ("add", "change", "delete")
    for model in ("user", "group")
}
# The audit trail shows who signed in, when and from where.
AUDIT_READING = {"audit.view_auditevent"}


def two_factor_required(user) -> bool:
    if settings.DEMO_STAFF_WITHOUT_2FA:
        return False
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser or (settings.TWO_FACTOR_FOR_AUTHORS and user.is_staff):
        return True
    perms = user.get_all_permissions()
    if perms & (USER_MANAGEMENT | AUDIT_READING):
        return True
    if any(perm.split(".", 1)[1].startswith(WORKFLOW_PREFIXES) for perm in perms):
        return True
    from accounts.services import has_device  # models: not at settings load

    return has_device(user)


def is_verified(user) -> bool:
    """True once the session has passed a code (django-otp's OTPMiddleware).
    Right after ``auth.login`` the request's user is the plain model instance,
    without ``is_verified``: not verified."""
    check = getattr(user, "is_verified", None)
    return bool(check and check())


def verification_pending(request) -> bool:
    """Signed in with the password, but the code step (or enrolment) is still due."""
    user = request.user
    if not user.is_authenticated or is_verified(user):
        return False
    return two_factor_required(user)
