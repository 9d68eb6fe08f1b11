"""Two-factor sign-in: who needs it, the code step, lockout."""

import pytest
from axes.models import AccessAttempt
from django_otp.plugins.otp_static.models import StaticToken

from accounts import services
from tests.factories import StaffFactory
from tests.support.staff import LOGIN, OFFICE, log_in
from tests.support.two_factor import confirmed_device, next_code, totp_code

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
VERIFY = "/admin/two-factor/verify/"
SETUP = "/admin/two-factor/"


def wrong_code(device):
    """A six-digit code the device does not accept now (it takes the previous,
    current and next time step's codes)."""
    import time

    accepted = {totp_code(device.bin_key, at=time.time() + d * 30) for d in (-2, -1, 0, 1, 2)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in accepted)


def enter_code(client, code):
    return client.post(VERIFY, {"code": code, "next": ADMIN}, REMOTE_ADDR=OFFICE)


def test_an_author_reaches_the_admin_with_a_password_alone(client, author):
    response = log_in(client, "ana")
    assert response.status_code == 302 and response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_with_the_setting_on_an_author_must_set_up_an_app(client, author, settings):
    settings.TWO_FACTOR_FOR_AUTHORS = True
    response = log_in(client, "ana")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)
    # Nothing else in the admin until then: the index sends them back to sign-in,
    # which sends them on to setting up the app.
    index = client.get(ADMIN)
    assert index.status_code == 302 and index["Location"].startswith(LOGIN)
    assert client.get(index["Location"])["Location"].startswith(SETUP)
    page = client.get(SETUP)
    assert page.status_code == 200
    assert "Set up two-factor sign-in" in page.content.decode()


@pytest.mark.parametrize("role", ["reviewer", "publisher"])
def test_reviewers_and_publishers_need_a_code_after_the_password(client, role, request):
    user = request.getfixturevalue(role)
    device = confirmed_device(user)
    response = log_in(client, user.username)
    assert response["Location"].startswith(VERIFY)
    # The password alone reaches neither the admin nor staff-only pages.
    assert client.get(ADMIN)["Location"].startswith(LOGIN)
    assert client.get("/handouts/")["Location"].startswith(LOGIN)
    response = enter_code(client, next_code(device))
    assert response.status_code == 302 and response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_user_managers_auditors_and_superusers_need_it(client, roles):
    from django.contrib.auth.models import Permission

    from accounts.policy import two_factor_required

    manager = StaffFactory(username="uma")
    manager.user_permissions.add(Permission.objects.get(codename="change_user"))
    superuser = StaffFactory(username="sue", is_superuser=True)
    author = StaffFactory(username="ana", role="Author")
    auditor = StaffFactory(username="aud", role="Auditor")  # reads who signed in from where
    assert two_factor_required(manager)
    assert two_factor_required(superuser)
    assert two_factor_required(auditor)
    assert not two_factor_required(author)
    assert log_in(client, "uma")["Location"].startswith(SETUP)


def test_a_wrong_code_is_refused_with_a_message_at_the_field(client, reviewer):
    confirmed_device(reviewer)
    log_in(client, "rui")
    response = enter_code(client, wrong_code(reviewer.totpdevice_set.get()))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_code_error"' in html and "That code is not right" in html
    assert (
        'aria-invalid="true"' in html
        and 'aria-describedby="id_code_helptext id_code_error"' in html
    )
    assert client.get(ADMIN)["Location"].startswith(LOGIN)


def test_wrong_codes_count_toward_the_password_lockout(client, reviewer, settings):
    """Axes' limit is 10: four wrong passwords and six wrong codes lock the
    account, and then neither the right password nor the right code helps."""
    device = confirmed_device(reviewer)
    for _ in range(4):
        assert log_in(client, "rui", "wrong-password").status_code == 200
    log_in(client, "rui")
    for _ in range(5):
        assert enter_code(client, wrong_code(device)).status_code == 200
    locked = enter_code(client, wrong_code(device))
    assert locked.status_code == 429
    assert "Sign-in locked" in locked.content.decode()
    assert AccessAttempt.objects.get(username="rui").failures_since_start == 10
    # The session was signed out; the right password is refused now.
    assert "_auth_user_id" not in client.session
    assert log_in(client, "rui").status_code == 429
    assert enter_code(client, next_code(device))["Location"].startswith(LOGIN)


def test_the_password_step_alone_does_not_clear_the_failures(client, reviewer):
    """Otherwise whoever knows the password could guess codes without end."""
    device = confirmed_device(reviewer)
    log_in(client, "rui")
    for _ in range(3):
        enter_code(client, wrong_code(device))
    client.logout()
    log_in(client, "rui")
    assert AccessAttempt.objects.get(username="rui").failures_since_start == 3


def test_a_right_code_clears_the_failures(client, reviewer):
    device = confirmed_device(reviewer)
    log_in(client, "rui", "wrong-password")
    log_in(client, "rui")
    assert AccessAttempt.objects.filter(username="rui").exists()
    assert enter_code(client, next_code(device))["Location"] == ADMIN
    assert not AccessAttempt.objects.filter(username="rui").exists()


def test_a_recovery_code_works_once(client, reviewer):
    confirmed_device(reviewer)
    code = services.new_recovery_codes(reviewer)[0]
    log_in(client, "rui")
    assert enter_code(client, code.upper())["Location"] == ADMIN
    assert not StaticToken.objects.filter(token=code).exists()
    client.logout()
    log_in(client, "rui")
    response = enter_code(client, code)
    assert response.status_code == 200
    assert "it has been used already" in response.content.decode()


def test_next_may_not_lead_off_site(client, reviewer):
    device = confirmed_device(reviewer)
    log_in(client, "rui")
    response = client.post(
        VERIFY, {"code": next_code(device), "next": "https://evil.example/"}, REMOTE_ADDR=OFFICE
    )
    assert response["Location"] == ADMIN


def test_the_demo_setting_lets_staff_in_with_a_password(client, reviewer, settings):
    settings.DEMO_STAFF_WITHOUT_2FA = True
    confirmed_device(reviewer)
    assert log_in(client, "rui")["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_someone_who_owes_a_code_can_sign_out(client, reviewer):
    confirmed_device(reviewer)
    log_in(client, "rui")
    response = client.post("/admin/logout/")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_totp_code_helper_matches_django_otp(reviewer):
    device = confirmed_device(reviewer)
    assert device.verify_token(totp_code(device.bin_key))


@pytest.mark.parametrize("code", ["app", "recovery"])
def test_the_session_key_changes_when_the_second_factor_passes(client, reviewer, code):
    """A session key known before the code step (fixation) opens nothing after it."""
    device = confirmed_device(reviewer)
    log_in(client, "rui")
    before = client.session.session_key
    if code == "app":
        entered = next_code(device)
    else:
        entered = services.new_recovery_codes(reviewer)[0]
    assert enter_code(client, entered)["Location"] == ADMIN
    after = client.session.session_key
    assert after != before
    assert client.get(ADMIN).status_code == 200
    # The key from before the code no longer names a session.
    client.cookies["sessionid"] = before
    assert client.get(ADMIN)["Location"].startswith(LOGIN)
