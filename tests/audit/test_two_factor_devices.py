"""Two-factor devices (django-otp): enrolment, confirmation and reset are recorded."""

import pytest
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import Action, AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_enrolling_confirming_and_resetting_devices_are_recorded():
    user = UserFactory(username="rui")
    AuditEvent.objects.all().delete()

    totp = TOTPDevice.objects.create(user=user, name="Phone", confirmed=False)
    totp.confirmed = True
    totp.save()
    recovery = StaticDevice.objects.create(user=user, name="Recovery codes")
    token = StaticToken.objects.create(device=recovery, token="rc7x2k9q")
    totp.delete()  # the admin's reset of a lost device
    recovery.delete()

    events = list(AuditEvent.objects.order_by("pk").values_list("action", "object_repr", "detail"))
    assert events == [
        (Action.DEVICE_ADDED, "rui", "TOTP device “Phone”"),
        (Action.DEVICE_CONFIRMED, "rui", "TOTP device “Phone”"),
        (Action.DEVICE_ADDED, "rui", "static device “Recovery codes”"),
        (Action.DEVICE_REMOVED, "rui", "TOTP device “Phone”"),
        (Action.DEVICE_REMOVED, "rui", "static device “Recovery codes”"),
    ]
    table = str(list(AuditEvent.objects.values_list()))
    assert token.token not in table and totp.key not in table
