from tests.support.illustrated import picture_storage  # noqa: F401 - a fixture
