"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def staff(transactional_db):
    """One demo-style account per role (a transactional flush removes migration data)."""
    from clinic.roles import AUTHOR, PUBLISHER, REVIEWER, ensure_roles
    from tests.factories import StaffFactory

    ensure_roles()
    return {
        "author": StaffFactory(username="ana", first_name="Ana", last_name="Author", role=AUTHOR),
        "reviewer": StaffFactory(
            username="rui", first_name="Rui", last_name="Reviewer", role=REVIEWER
        ),
        "publisher": StaffFactory(
            username="pia", first_name="Pia", last_name="Publisher", role=PUBLISHER
        ),
    }


@pytest.fixture
def demo(transactional_db):
    """The demo content, for pages served by the live server."""
    from django.core.management import call_command

    from clinic.roles import ensure_roles

    ensure_roles()
    call_command("load_demo_content", verbosity=0)
