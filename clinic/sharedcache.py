"""The shared cache ("default": Redis when REDIS_URL is set, else a table) as
something a page may do without.

What is kept there (rendered PDF handouts) can always be made again, so a
cache that cannot be reached is a miss, and a store that fails is skipped:
the page is rendered uncached, never a 500. Each failure is one warning line
(``shared_cache_unavailable``); ``/healthz`` reports the cache on its own
(``check()``), so the outage is seen there.
"""

import logging

from django.core.cache import caches
from django.db import DatabaseError
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# What a cache backend raises when its server is gone: Redis (refused, reset,
# timed out), the database table's backend, or the socket itself.
UNREACHABLE = (RedisError, DatabaseError, OSError)
HEALTH_KEY = "healthz:cache"


def get(key: str, default=None, *, alias: str = "default"):
    """The value kept under ``key``, or ``default`` when missing or unreachable."""
    try:
        return caches[alias].get(key, default)
    except UNREACHABLE as error:
        _unavailable("get", error)
        return default


def set(key: str, value, timeout: int, *, alias: str = "default") -> bool:  # noqa: A001
    """Keep ``value``; False (and nothing kept) when the cache cannot be reached."""
    try:
        caches[alias].set(key, value, timeout)
    except UNREACHABLE as error:
        _unavailable("set", error)
        return False
    return True


def check(alias: str = "default") -> bool:
    """Whether the shared cache answers: a value written can be read back."""
    try:
        cache = caches[alias]
        cache.set(HEALTH_KEY, "ok", 10)
        return cache.get(HEALTH_KEY) == "ok"
    except UNREACHABLE as error:
        _unavailable("check", error)
        return False


def _unavailable(operation: str, error: Exception) -> None:
    logger.warning(
        "shared_cache_unavailable operation=%s error=%s", operation, type(error).__name__
    )
