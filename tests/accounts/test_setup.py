"""Setting up an authenticator app, recovery codes shown once, and the admin's reset action."""

import re

import pytest
from django.contrib.auth.models import Permission
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import PASSWORD, StaffFactory
from tests.support.two_factor import confirmed_device, totp_code

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/"
CODES = "/admin/two-factor/recovery-codes/"
NEW_CODES = "/admin/two-factor/recovery-codes/new/"
USERS = "/admin/auth/user/"


def secret_on(page) -> bytes:
    from base64 import b32decode

    secret = re.search(r'id="two-factor-secret">([A-Z2-7 ]+)<', page.content.decode()).group(1)
    return b32decode(secret.replace(" ", ""))


def codes_on(page) -> list[str]:
    listed = re.search(
        r'<ul class="two-factor__codes" id="recovery-codes">(.*?)</ul>', page.content.decode()
    )
    return re.findall(r"<li>([a-z2-7]+)</li>", listed.group(1)) if listed else []


@pytest.fixture
def signed_in_reviewer(client, reviewer):
    """Past the password, no app yet: sent to set one up."""
    response = client.post(
        "/admin/login/", {"username": "rui", "password": PASSWORD, "next": "/admin/"}
    )
    assert response["Location"].startswith(SETUP)
    return reviewer


def test_setting_up_shows_a_qr_code_and_the_key(client, signed_in_reviewer):
    page = client.get(SETUP)
    html = page.content.decode()
    assert '<img class="two-factor__qr" src="data:image/svg+xml' in html
    assert 'alt="QR code for adding your account to an authenticator app"' in html
    key = secret_on(page)
    device = TOTPDevice.objects.get(user=signed_in_reviewer)
    assert key == device.bin_key and not device.confirmed
    # A reload shows the same key: the app the user is adding stays valid.
    assert secret_on(client.get(SETUP)) == key


def test_a_wrong_code_does_not_confirm(client, signed_in_reviewer):
    key = secret_on(client.get(SETUP))
    right = totp_code(key)
    wrong = "000000" if right != "000000" else "111111"
    response = client.post(SETUP, {"code": wrong})
    assert response.status_code == 200
    assert "That code does not match" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=signed_in_reviewer, confirmed=True).exists()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_confirming_shows_the_recovery_codes_once(client, signed_in_reviewer):
    key = secret_on(client.get(SETUP))
    response = client.post(SETUP, {"code": totp_code(key), "next": "/admin/"})
    assert response["Location"].startswith(CODES)
    assert TOTPDevice.objects.get(user=signed_in_reviewer).confirmed
    page = client.get(response["Location"])
    codes = codes_on(page)
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = set(
        StaticToken.objects.filter(device__user=signed_in_reviewer).values_list("token", flat=True)
    )
    assert stored == set(codes)
    # Signed in now, and the codes are never shown again.
    assert client.get("/admin/").status_code == 200
    for url in (CODES, SETUP):
        html = client.get(url).content.decode()
        assert not any(code in html for code in codes)
    assert "shown only once" in client.get(CODES).content.decode()


def test_new_recovery_codes_replace_the_old_ones(client, signed_in_reviewer):
    key = secret_on(client.get(SETUP))
    first = codes_on(client.get(client.post(SETUP, {"code": totp_code(key)})["Location"]))
    second = codes_on(client.get(client.post(NEW_CODES)["Location"]))
    assert len(second) == 10 and not set(first) & set(second)
    assert not StaticToken.objects.filter(token__in=first).exists()


def test_with_an_app_set_up_the_code_comes_first(client, reviewer):
    """Someone with only the password cannot add an app of their own."""
    confirmed_device(reviewer)
    client.post("/admin/login/", {"username": "rui", "password": PASSWORD})
    response = client.get(SETUP + "?replace=1")
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert client.post(NEW_CODES)["Location"].startswith("/admin/login/")
    assert TOTPDevice.objects.filter(user=reviewer).count() == 1


def reset(client, *users):
    return client.post(
        USERS,
        {"action": "reset_two_factor", "_selected_action": [u.pk for u in users]},
        follow=True,
    )


def test_a_user_manager_resets_lost_devices(client, reviewer, publisher):
    manager = StaffFactory(username="uma")
    manager.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_user", "change_user"])
    )
    for user in (reviewer, publisher):
        confirmed_device(user)
        StaticDevice.objects.create(user=user, name="Recovery codes")
    client.force_login(manager)
    page = client.get(USERS).content.decode()
    assert "Reset two-factor devices" in page
    response = reset(client, reviewer)
    assert "Two-factor devices reset for 1 person" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=reviewer).exists()
    assert not StaticDevice.objects.filter(user=reviewer).exists()
    assert TOTPDevice.objects.filter(user=publisher).exists()
    # At the next sign-in the reviewer sets up an app again.
    client.logout()
    response = client.post("/admin/login/", {"username": "rui", "password": PASSWORD})
    assert response["Location"].startswith(SETUP)


def test_reset_is_only_for_user_managers(client, reviewer, publisher):
    viewer = StaffFactory(username="vic")
    viewer.user_permissions.add(Permission.objects.get(codename="view_user"))
    confirmed_device(reviewer)
    client.force_login(viewer)
    assert "Reset two-factor devices" not in client.get(USERS).content.decode()
    response = reset(client, reviewer)
    assert TOTPDevice.objects.filter(user=reviewer).exists()
    assert response.status_code in (200, 403)
    # Content roles cannot see the user list at all.
    client.force_login(publisher)
    assert client.get(USERS).status_code == 403


def test_only_staff_reach_the_two_factor_pages(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="patient"))
    for url in (SETUP, CODES, "/admin/two-factor/verify/"):
        assert client.get(url)["Location"].startswith("/admin/login/")
    assert not TOTPDevice.objects.exists()
