"""CSP sources derived from settings: pure functions, importable by the settings module."""

from urllib.parse import urlsplit

SELF = "'self'"


def image_sources(renditions_base_url: str) -> list[str]:
    """``img-src`` for pictures whose renditions are served from ``renditions_base_url``:
    this site, plus that URL's scheme and host when it is on another host
    (``https://bucket.example.com/renditions/`` adds ``https://bucket.example.com``).
    A path (``/media/renditions/``) is this site. Never ``data:`` or a wildcard."""
    parts = urlsplit(renditions_base_url or "")
    if not parts.hostname or parts.scheme not in ("", "http", "https"):
        return [SELF]
    host = parts.hostname if parts.port is None else f"{parts.hostname}:{parts.port}"
    # A scheme-relative address (//cdn.example.org/) is fetched with the page's scheme.
    return [SELF, f"{parts.scheme}://{host}" if parts.scheme else host]
