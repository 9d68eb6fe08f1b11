"""A reviewer sets up two-factor sign-in and uses it."""

import re
import time
from base64 import b32decode
from datetime import timedelta

from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from playwright.sync_api import expect

from tests.browser.axe import assert_no_axe_violations
from tests.factories import PASSWORD
from tests.support.two_factor import totp_code


def password_step(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("rui")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def enter_code(page, code):
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page):
    page.get_by_role("button", name=re.compile("Log out|Sign out")).click()
    expect(page.get_by_role("heading", name="Logged out")).to_be_visible()


def expect_admin_index(page):
    expect(page.locator("#user-tools")).to_contain_text("Log out")
    expect(page.get_by_role("heading", name="Content and settings")).to_be_visible()


def test_a_reviewer_sets_up_and_uses_two_factor_sign_in(page, live_server, staff):
    # The password step sends a reviewer without an app to set one up.
    password_step(page, live_server)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/\?next="))
    expect(page.get_by_role("heading", name="Set up two-factor sign-in")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    assert_no_axe_violations(page)
    # The app is set up from the key shown; a code from it confirms.
    secret = page.locator("#two-factor-secret").inner_text()
    key = b32decode(secret.replace(" ", ""))
    enter_code_to_confirm = totp_code(key)
    page.get_by_label("Code").fill(enter_code_to_confirm)
    page.get_by_role("button", name="Confirm").click()

    # The recovery codes, shown this once.
    expect(page.get_by_role("heading", name="Recovery codes")).to_be_visible()
    codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(codes) == 10
    assert_no_axe_violations(page)
    page.get_by_role("link", name=re.compile("I have saved my codes")).click()
    expect_admin_index(page)
    page.goto(live_server.url + "/admin/two-factor/recovery-codes/")
    expect(page.get_by_text("shown only once, when they are made")).to_be_visible()
    assert page.locator("#recovery-codes").count() == 0
    assert codes[0] not in page.content()
    sign_out(page)

    # The password alone does not reach the admin.
    password_step(page, live_server)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    page.goto(live_server.url + "/admin/articles/article/")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    expect(page.get_by_role("heading", name="Enter your sign-in code")).to_be_visible()
    assert_no_axe_violations(page)
    # A wrong code is refused, next to the field, and the page stays accessible.
    enter_code(page, "zzzzzzzz")
    expect(page.locator("#id_code_error")).to_contain_text("That code is not right")
    expect(page.get_by_label("Code")).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)
    # A code from the app (the next time step: the last one has been used).
    enter_code(page, totp_code(key, at=time.time() + 30))
    expect(page).to_have_url(re.compile(r"/admin/articles/article/$"))
    sign_out(page)

    # A recovery code works once... (The wrong code above made the recovery codes
    # wait a second before the next try, django-otp's throttle: that second is over.)
    StaticDevice.objects.filter(user__username="rui").update(
        throttling_failure_timestamp=timezone.now() - timedelta(minutes=1)
    )
    password_step(page, live_server)
    enter_code(page, codes[0])
    expect_admin_index(page)
    expect(page.get_by_text("You signed in with a recovery code")).to_be_visible()
    sign_out(page)
    # ...and is refused the second time, with a clear message.
    password_step(page, live_server)
    enter_code(page, codes[0])
    expect(page.locator("#id_code_error")).to_contain_text("it has been used already")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    page.goto(live_server.url + "/admin/")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
