"""Staff login lockout (django-axes)."""

import pytest
from django.core.management import call_command

from tests.factories import PASSWORD, StaffFactory
from tests.support.staff import log_in

pytestmark = pytest.mark.django_db


def test_ten_failures_lock_out_the_right_password_too(client):
    StaffFactory(username="ana")
    for _ in range(9):
        response = log_in(client, "ana", "wrong-password")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    # The tenth failure is answered with the lockout page...
    assert log_in(client, "ana", "wrong-password").status_code == 429
    # ...and the next attempt is refused even with the right password.
    response = log_in(client, "ana", PASSWORD)
    assert response.status_code == 429
    assert "Sign-in locked" in response.content.decode()
    assert "axes_reset_username" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_nine_failures_do_not_lock_and_success_resets_the_count(client):
    StaffFactory(username="ana")
    for _ in range(9):
        log_in(client, "ana", "wrong-password")
    assert log_in(client, "ana", PASSWORD).status_code == 302
    client.logout()
    for _ in range(9):
        log_in(client, "ana", "wrong-password")
    assert log_in(client, "ana", PASSWORD).status_code == 302


def test_the_reset_command_unlocks(client):
    StaffFactory(username="ana")
    for _ in range(10):
        log_in(client, "ana", "wrong-password")
    assert log_in(client, "ana", PASSWORD).status_code == 429
    call_command("axes_reset_username", "ana", verbosity=0)
    assert log_in(client, "ana", PASSWORD).status_code == 302


def test_lockout_is_per_address_so_others_can_still_sign_in(client):
    StaffFactory(username="ana")
    for _ in range(10):
        log_in(client, "ana", "wrong-password", address="192.0.2.66")
    assert log_in(client, "ana", PASSWORD, address="192.0.2.66").status_code == 429
    assert log_in(client, "ana", PASSWORD, address="192.0.2.10").status_code == 302
