import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's
# async-safety check would otherwise refuse database access from the tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_sessionstart(session):
    """The .mo files are build output: a fresh clone has none. `make test`
    compiles them first; this makes a bare `pytest` right too (and catches a
    .po edited since), before any test loads a catalogue."""
    from portal.translations import compile_catalogues

    compile_catalogues()


@pytest.fixture(autouse=True, scope="session")
def _plain_static_storage(tmp_path_factory):
    """Serve static files without a collectstatic manifest during tests, and keep
    the image library's files (the demo pictures) in the session's own folder,
    never the repository's media/."""
    from django.conf import settings
    from django.test.signals import setting_changed

    from portal.media_storage import local_media

    settings.STORAGES = {
        **settings.STORAGES,
        **local_media(tmp_path_factory.mktemp("media"), settings.MEDIA_URL),
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # The image library's file fields read the storages when their models load,
    # so the handler already holds the old list: have it read the new one.
    setting_changed.send(sender=None, setting="STORAGES", value=settings.STORAGES, enter=True)


# A test that asks for any of these (or is marked django_db) has a test database.
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "live_server"}


def _uses_database(request) -> bool:
    return request.node.get_closest_marker("django_db") is not None or bool(
        DATABASE_FIXTURES & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _fresh_cache(request, django_db_setup, django_db_blocker):
    """Every test starts with empty caches: the shared one is a table in the test
    database (emptied outside the test's transaction), the local one memory.
    A test without the database (a run of pure tests alone has none) leaves the
    table alone: it cannot have written to it."""
    from django.core.cache import caches
    from django.core.cache.backends.db import DatabaseCache
    from django.db import InterfaceError, OperationalError, connection

    from clinic import memo, pagecache
    from clinic.models import ContentVersion

    uses_database = _uses_database(request)

    def clear():
        with django_db_blocker.unblock():
            for cache in caches.all():
                if not uses_database and isinstance(cache, DatabaseCache):
                    continue
                try:
                    cache.clear()
                except (InterfaceError, OperationalError):
                    # A long test (make run, the outage tests) may find this
                    # connection closed under Django: open a new one.
                    connection.close()
                    cache.clear()
        ContentVersion.forget_local()
        memo.forget()
        pagecache.forget()

    clear()
    yield
    clear()


@pytest.fixture
def client():
    """Django's test client; its force_login also passes the two-factor step
    (tests/support/two_factor.py)."""
    from tests.support.two_factor import VerifiedClient

    return VerifiedClient()


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's admin_client, past the two-factor step a superuser needs."""
    from tests.support.two_factor import VerifiedClient

    client = VerifiedClient()
    client.force_login(admin_user)
    return client


@pytest.fixture
def roles(db):
    """The staff groups with their permissions (made after every migrate and flush)."""
    from clinic.roles import ensure_roles

    ensure_roles()


@pytest.fixture
def author(roles):
    from tests.factories import StaffFactory

    return StaffFactory(username="ana", first_name="Ana", last_name="Author", role="Author")


@pytest.fixture
def reviewer(roles):
    from tests.factories import StaffFactory

    return StaffFactory(
        username="rui", first_name="Rui", last_name="Reviewer", role="Clinical reviewer"
    )


@pytest.fixture
def publisher(roles):
    from tests.factories import StaffFactory

    return StaffFactory(username="pia", first_name="Pia", last_name="Publisher", role="Publisher")


@pytest.fixture
def demo(roles):
    """The demo content, as `make run` loads it."""
    from django.core.management import call_command

    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def image_storage(tmp_path, settings):
    """The image library's two storages in this test's own folder:
    ``tmp_path/"originals"`` and ``tmp_path/"renditions"``."""
    from portal.media_storage import local_media

    settings.STORAGES = {**settings.STORAGES, **local_media(tmp_path, settings.MEDIA_URL)}
    return tmp_path
