"""A small fixed-window rate limit kept in the cache.

The client is identified by a keyed hash of its address, held only in the
cache for the length of one window; it is never written to the database or logs.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac

from clinic.clientip import client_ip

PERIODS = {"s": 1, "m": 60, "h": 3600}


def parse_rate(rate: str) -> tuple[int, int]:
    """'20/m' -> (20, 60)."""
    count, _slash, period = rate.strip().partition("/")
    if not count.isdigit() or period not in PERIODS or int(count) < 1:
        raise ValueError(f"Rate {rate!r} is not like 20/m (N/s, N/m or N/h).")
    return int(count), PERIODS[period]


def client_key(request) -> str:
    address = client_ip(request)
    return salted_hmac("clinic.ratelimit", address, secret=settings.SECRET_KEY).hexdigest()[:24]


def allow(request, scope: str, rate: str) -> bool:
    """Count this request; False once the client is over ``rate`` in this window."""
    limit, period = parse_rate(rate)
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_key(request)}:{window}"
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period + 1)
        count = 1
    return count <= limit
