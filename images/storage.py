"""Where image files live: two storages, named in settings.STORAGES.

``image_originals``: the uploaded files, private (never given a public address;
staff see renditions too). ``image_renditions``: the re-encoded files patients
get, public, under content-hashed names (cached for a year, immutable).
On one server both are folders under MEDIA_ROOT; with object storage they are
private and public parts of a bucket (settings: DJANGO_S3_*).

``originals()`` and ``renditions()`` hand out a stand-in that looks the named
storage up at each use, not once at import: the model's FileFields keep the
storage they are given for the life of the process, and a test (or a settings
change) that points STORAGES elsewhere must move them too.
"""

from django.core.files.storage import FileSystemStorage, Storage, storages

ORIGINALS = "image_originals"
RENDITIONS = "image_renditions"


class NamedStorage(Storage):
    """Whatever ``settings.STORAGES[alias]`` is now."""

    def __init__(self, alias: str):
        self.alias = alias

    @property
    def current(self) -> Storage:
        return storages[self.alias]

    def __eq__(self, other):
        return isinstance(other, NamedStorage) and other.alias == self.alias

    def __hash__(self):
        return hash(self.alias)

    def __repr__(self):
        return f"<NamedStorage {self.alias}: {self.current!r}>"


def _delegate(name: str):
    def method(self, *args, **kwargs):
        return getattr(self.current, name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in (
    "open",
    "save",
    "get_valid_name",
    "get_alternative_name",
    "get_available_name",
    "generate_filename",
    "path",
    "delete",
    "exists",
    "listdir",
    "size",
    "url",
    "get_accessed_time",
    "get_created_time",
    "get_modified_time",
):
    setattr(NamedStorage, _name, _delegate(_name))


class PrivateNamedStorage(NamedStorage):
    """Originals: never an address, whatever the storage behind could give."""

    def url(self, name):
        raise ValueError("Original image files have no address: use a rendition.")


_originals = PrivateNamedStorage(ORIGINALS)
_renditions = NamedStorage(RENDITIONS)


def originals() -> Storage:
    return _originals


def renditions() -> Storage:
    return _renditions


def renditions_are_local() -> bool:
    """True when renditions are files on this server (the app serves them itself)."""
    return isinstance(storages[RENDITIONS], FileSystemStorage)
