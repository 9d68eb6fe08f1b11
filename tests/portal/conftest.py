import pytest

from tests.portal.servers import collect_static


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    """Static files collected once for the real servers (gunicorn) tests start."""
    root = tmp_path_factory.mktemp("static")
    collect_static(root)
    return root


@pytest.fixture(scope="module")
def moto_s3():
    """A real S3 API (moto's server mode) on a free localhost port."""
    from tests.portal.servers import MotoS3Server

    server = MotoS3Server()
    server.start()
    yield server
    server.stop()
