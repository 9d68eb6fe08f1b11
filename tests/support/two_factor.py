"""Signing staff in past the two-factor step in tests.

``VerifiedClient.force_login`` (the ``client`` and ``admin_client`` fixtures
use it) gives a user who must use two-factor sign-in a confirmed
authenticator device and marks the session as having passed its code, as
``django_otp.login`` does after a real code. Tests of the code step itself
pass ``two_factor=False``.
"""

import time

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.policy import two_factor_required


def confirmed_device(user) -> TOTPDevice:
    """The user's confirmed authenticator device, made if missing."""
    from tests.factories import TOTPDeviceFactory

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDeviceFactory(user=user)


def totp_code(key: bytes, *, at: float | None = None) -> str:
    """The six-digit code an authenticator app shows for ``key`` at time ``at``."""
    totp = TOTP(key)
    totp.time = time.time() if at is None else at
    return f"{totp.token():06d}"


def next_code(device: TOTPDevice) -> str:
    """A code the device still accepts: django-otp refuses a code of a time
    step already used, so after a recent sign-in take the next step (within
    the one-step tolerance)."""
    device.refresh_from_db()
    now_t = int(time.time()) // device.step
    step = max(now_t, device.last_t + 1)
    return totp_code(device.bin_key, at=step * device.step)


def mark_verified(client: Client, user) -> None:
    device = confirmed_device(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


class VerifiedClient(Client):
    def force_login(self, user, backend=None, *, two_factor=True):
        super().force_login(user, backend)
        if two_factor and two_factor_required(user):
            mark_verified(self, user)
