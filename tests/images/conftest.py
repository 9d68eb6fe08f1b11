from tests.support.pictures import picture_storage  # noqa: F401 - a fixture
