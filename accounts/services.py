"""Writes for two-factor sign-in: enrolment, recovery codes, checking a code,
resetting a lost device. Views stay thin and call these."""

import re
from base64 import b32encode
from dataclasses import dataclass

import segno
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"


def confirmed_app(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def has_device(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def pending_app(user) -> TOTPDevice:
    """The unconfirmed authenticator device being set up, made once and kept
    until confirmed, so reloading the page shows the same QR code."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def secret_text(device: TOTPDevice) -> str:
    """The shared secret in base32, in groups of four, for typing into an app."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_data_uri(device: TOTPDevice) -> str:
    """The otpauth:// address as an SVG QR code, drawn here (no third party sees the secret)."""
    return segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=4)


def normalise(code: str) -> str:
    """Codes are typed with spaces or dashes now and then; recovery codes in any case."""
    return re.sub(r"[\s-]", "", code or "").lower()


@transaction.atomic
def confirm_app(device: TOTPDevice, code: str) -> bool:
    """Mark the device confirmed if ``code`` is its current code; the user's
    other unconfirmed or older app devices go."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
    if not device.verify_token(normalise(code)):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    return True


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with new ones (the old ones stop working)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@dataclass
class CodeCheck:
    device: object | None  # the device that accepted the code
    error: str = ""

    @property
    def recovery(self) -> bool:
        """True when a recovery code was used (and so is gone)."""
        return isinstance(self.device, StaticDevice)


@transaction.atomic
def check_code(user, code: str) -> CodeCheck:
    """Check a sign-in code: six digits go to the authenticator app, anything
    else to the recovery codes (a used one is deleted by django-otp). Each kind
    of device keeps its own throttle, so a mistyped app code does not delay a
    recovery code."""
    code = normalise(code)
    app = TOTPDevice.objects.devices_for_user(user, confirmed=True).select_for_update().first()
    if app is not None and code.isdigit() and len(code) == app.digits:
        devices = [app]
    else:
        devices = list(
            StaticDevice.objects.devices_for_user(user, confirmed=True).select_for_update()
        )
    for device in devices:
        allowed, _info = device.verify_is_allowed()
        if not allowed:
            return CodeCheck(
                None, _("Too many wrong codes in a row. Wait a moment, then try again.")
            )
        if device.verify_token(code):
            return CodeCheck(device)
    return CodeCheck(
        None,
        _(
            "That code is not right, or it has been used already. Enter the code "
            "your authenticator app shows now, or a recovery code you have not used."
        ),
    )


@transaction.atomic
def reset_devices(users) -> int:
    """Delete the users' app devices and recovery codes; they enrol again at
    their next sign-in. Returns how many users had any."""
    had = set(TOTPDevice.objects.filter(user__in=users).values_list("user_id", flat=True))
    had |= set(StaticDevice.objects.filter(user__in=users).values_list("user_id", flat=True))
    TOTPDevice.objects.filter(user__in=users).delete()
    StaticDevice.objects.filter(user__in=users).delete()
    return len(had)
