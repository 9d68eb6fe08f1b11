"""Where image files live: two storages, named in settings.STORAGES.

``image_originals``: the uploaded files, private (never given a public address;
staff see renditions too). ``image_renditions``: the re-encoded files patients
get, public, under content-hashed names (cached for a year, immutable).
On one server both are folders under MEDIA_ROOT; with object storage they are
private and public parts of a bucket (settings: DJANGO_S3_*).
"""

from django.core.files.storage import storages


def originals():
    return storages["image_originals"]


def renditions():
    return storages["image_renditions"]
