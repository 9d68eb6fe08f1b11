"""The two-factor pages, inside the admin (``PortalAdminSite.get_urls``):
the code step of sign-in, setting up an authenticator app, recovery codes.

Each view gets the admin site for its page context. A session that has passed
the password but not the code may see them (``two_factor_step``); the pages
themselves decide what such a session may do.
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.middleware.csrf import rotate_token
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from accounts import lockout, services
from accounts.forms import CodeForm
from accounts.policy import is_verified, verification_pending

NEW_CODES_SESSION_KEY = "accounts_new_recovery_codes"


def next_url(request) -> str:
    """Where to go once signed in: ``next`` if it is one of ours, else the admin index."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def with_next(url_name: str, target: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': target})}"


def second_step_url(user, target: str) -> str:
    """The code step, or setting up an app for someone who has none yet."""
    step = "admin:two_factor_verify" if services.has_device(user) else "admin:two_factor_setup"
    return with_next(step, target)


def is_staff(user) -> bool:
    return user.is_authenticated and user.is_active and user.is_staff


def render(request, site, template, title, **context):
    return TemplateResponse(
        request,
        f"admin/two_factor/{template}",
        {
            **site.each_context(request),
            "title": title,
            "pending": verification_pending(request),
            "next": next_url(request),
            **context,
        },
    )


def verify(request, site):
    """The code step of sign-in. Wrong codes count toward the login lockout."""
    user = request.user
    if not is_staff(user):
        return redirect_to_login(request)
    if not verification_pending(request):
        return HttpResponseRedirect(next_url(request))
    if not services.has_device(user):
        return HttpResponseRedirect(with_next("admin:two_factor_setup", next_url(request)))
    if lockout.is_locked(request, user):
        return lockout.lockout_response(request, user)
    form = CodeForm(
        request.POST or None,
        help_text=_(
            "The six-digit code your authenticator app shows now, or one of your recovery codes."
        ),
    )
    if request.method == "POST" and form.is_valid():
        result = services.check_code(user, form.cleaned_data["code"])
        if result.device is not None:
            complete_sign_in(request, user, result.device)
            if result.recovery:
                left = services.recovery_codes_left(user)
                messages.warning(
                    request,
                    _(
                        "You signed in with a recovery code; it cannot be used again. "
                        "%(left)d recovery codes left."
                    )
                    % {"left": left},
                )
            return HttpResponseRedirect(next_url(request))
        if lockout.report_wrong_code(request, user):
            return lockout.lockout_response(request, user)
        form.add_error("code", result.error)
    return render(request, site, "verify.html", _("Enter your sign-in code"), form=form)


def complete_sign_in(request, user, device):
    otp_login(request, device)
    # Signed in fully only now: a new session key (and CSRF token), as Django's
    # login() gives after the password, so a key seen or set before the second
    # factor (session fixation) is worth nothing.
    request.session.cycle_key()
    rotate_token(request)
    lockout.clear_failures(request, user)


def setup(request, site):
    """Set up an authenticator app: QR code and secret, confirmed by a current code.

    Someone still owing their code may only do this while they have no app at
    all (the first sign-in after the role needs it, or after a reset); adding
    or replacing an app otherwise needs a verified session."""
    user = request.user
    if not is_staff(user):
        return redirect_to_login(request)
    has_app = services.has_device(user)
    if has_app and not is_verified(user):
        return HttpResponseRedirect(with_next("admin:two_factor_verify", next_url(request)))
    replacing = has_app and (request.GET.get("replace") or request.POST.get("replace"))
    if has_app and not replacing:
        return render(
            request,
            site,
            "status.html",
            _("Two-factor sign-in"),
            device=services.confirmed_app(user),
            codes_left=services.recovery_codes_left(user),
        )
    device = services.pending_app(user)
    form = CodeForm(
        request.POST or None,
        help_text=_("The six-digit code your app shows after you have added the account."),
    )
    if request.method == "POST" and form.is_valid():
        if services.confirm_app(device, form.cleaned_data["code"]):
            device.refresh_from_db()
            complete_sign_in(request, user, device)
            return show_new_codes(request, services.new_recovery_codes(user))
        form.add_error(
            "code",
            _(
                "That code does not match. Check that the app shows the account "
                "you just added, and enter the code it shows now."
            ),
        )
    return render(
        request,
        site,
        "setup.html",
        _("Set up two-factor sign-in"),
        form=form,
        qr_code=services.qr_data_uri(device),
        secret=services.secret_text(device),
        replacing=replacing,
    )


def show_new_codes(request, codes):
    """Keep the new codes for one showing, then redirect (a reload shows no form resubmission)."""
    request.session[NEW_CODES_SESSION_KEY] = codes
    return HttpResponseRedirect(with_next("admin:two_factor_recovery_codes", next_url(request)))


def recovery_codes(request, site):
    """New recovery codes, shown once. Later visits only offer to make new ones."""
    user = request.user
    if not is_staff(user) or not is_verified(user):
        return redirect_to_login(request)
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    return render(
        request,
        site,
        "recovery_codes.html",
        _("Recovery codes"),
        codes=codes,
        codes_left=services.recovery_codes_left(user),
    )


@require_POST
def regenerate_recovery_codes(request, site):
    user = request.user
    if not is_staff(user) or not is_verified(user):
        return redirect_to_login(request)
    return show_new_codes(request, services.new_recovery_codes(user))


def redirect_to_login(request):
    return HttpResponseRedirect(with_next("admin:login", request.get_full_path()))
