"""Rendition files for one server: the app serves them itself when the
renditions storage is the local file system (with object storage, the
storage's own address is used and this view answers 404).

Only names made by images/renditions.py are served, from the renditions
storage only: originals have no address, and no other name (``../``, a
folder, an original's name) is even looked up.
"""

import re

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from images import storage
from images.pictures import MIME
from images.renditions import EXTENSIONS

_TYPES = {ext: MIME[fmt] for fmt, ext in EXTENSIONS.items()}
# <image id>/<16 hex>-<width>.<ext>, or demo/... for the demo pictures (images/demo.py:
# named by their content alone, so every database that loads them shares the files).
RENDITION_NAME = re.compile(
    r"^(?:[0-9]{1,12}|demo)/[0-9a-f]{16}-[0-9]{1,5}\.(" + "|".join(_TYPES) + ")$"
)
YEAR = 365 * 24 * 60 * 60


@require_safe
def rendition(request, name: str):
    match = RENDITION_NAME.match(name)
    where = storage.renditions()
    if match is None or not storage.renditions_are_local() or not where.exists(name):
        raise Http404
    response = FileResponse(where.open(name, "rb"), content_type=_TYPES[match.group(1)])
    response["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    response["X-Content-Type-Options"] = "nosniff"
    return response
