"""Staff signing in to the admin through its real sign-in page.

``log_in`` posts the password step with the test client; ``browser_log_in``
goes through the page in a browser, code step included, and returns the
signed-in page; ``HttpStaff`` signs in to a running server over HTTP. Tests that only need a signed-in user use ``force_login``
(tests/support/two_factor.py) instead.
"""

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from accounts.policy import two_factor_required
from tests.factories import PASSWORD
from tests.support.forms import form_values
from tests.support.two_factor import confirmed_device, next_code

LOGIN = "/admin/login/"
# The sign-in lockout counts failures per address, so each post says where it
# comes from (a documentation address, RFC 5737).
OFFICE = "192.0.2.10"


def log_in(client, username, password=PASSWORD, *, address=OFFICE):
    """The response to posting the admin's sign-in form (the password step)."""
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def browser_log_in(browser, live_server, username):
    """A new browser page signed in as ``username``: the password and, for roles
    that need it, a code from an authenticator app set up beforehand
    (tests/browser/test_two_factor.py goes through setting one up)."""
    user = get_user_model().objects.get(username=username)
    device = confirmed_device(user) if two_factor_required(user) else None
    context = browser.new_context()
    page = context.new_page()
    page.goto(live_server.url + LOGIN)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    if device is not None:
        page.get_by_label("Code").fill(next_code(device))
        page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#site-name")).to_be_visible()
    expect(page.locator("#user-tools")).to_contain_text("Log out")
    return page


class HttpStaff:
    """A member of staff signed in to a running server (gunicorn) over plain HTTP:
    cookies kept, forms posted with their CSRF token, as a browser would."""

    def __init__(self, base_url: str, username: str, *, address=OFFICE):
        import http.cookiejar
        import urllib.request

        self.base_url = base_url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )
        self.headers = {"X-Forwarded-For": address}
        login = self.get(LOGIN)[1]
        self.post(LOGIN, {**form_values(login), "username": username, "password": PASSWORD})

    def _open(self, request):
        import urllib.error

        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode(), response.url
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.url

    def get(self, path: str) -> tuple[int, str, str]:
        """(status, body, final address) after redirects."""
        import urllib.request

        return self._open(urllib.request.Request(self.base_url + path, headers=self.headers))

    def post(self, path: str, values: dict) -> tuple[int, str, str]:
        """Posts ``values`` as multipart form data (files as SimpleUploadedFile)."""
        import urllib.request

        from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

        request = urllib.request.Request(
            self.base_url + path,
            data=encode_multipart(BOUNDARY, values),
            headers={**self.headers, "Content-Type": MULTIPART_CONTENT},
            method="POST",
        )
        return self._open(request)
