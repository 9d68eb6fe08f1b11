import pytest

from tests.portal.servers import collect_static


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected once for the real servers (gunicorn) tests start."""
    root = tmp_path_factory.mktemp("static")
    collect_static(root)
    return root
