"""Two-factor devices (django-otp): enrolment, confirmation and reset are recorded.

django-otp is installed in the environment but not (yet) in INSTALLED_APPS on
this branch: the test installs its apps for itself and makes their tables in
the test's transaction (PostgreSQL rolls the DDL back with it).
"""

import pytest
from django.apps import apps
from django.contrib import admin
from django.db import connection
from django.test import modify_settings

from audit.models import Action, AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OTP_APPS = ["django_otp", "django_otp.plugins.otp_totp", "django_otp.plugins.otp_static"]


@pytest.fixture
def otp_installed(db):
    if connection.vendor != "postgresql":
        pytest.skip("needs transactional DDL to make and drop django-otp's tables")
    with modify_settings(INSTALLED_APPS={"append": OTP_APPS}):
        models = [
            apps.get_model("otp_totp", "TOTPDevice"),
            apps.get_model("otp_static", "StaticDevice"),
            apps.get_model("otp_static", "StaticToken"),
        ]
        with connection.schema_editor() as editor:
            for model in models:
                editor.create_model(model)
        try:
            yield {model._meta.label: model for model in models}
        finally:
            # Installing the apps ran the admin's autodiscover, which registered
            # django-otp's admin pages: later tests' admin must not list them.
            for model in models:
                if admin.site.is_registered(model):
                    admin.site.unregister(model)


def test_enrolling_confirming_and_resetting_devices_are_recorded(otp_installed):
    TOTPDevice = otp_installed["otp_totp.TOTPDevice"]
    StaticDevice = otp_installed["otp_static.StaticDevice"]
    StaticToken = otp_installed["otp_static.StaticToken"]
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
