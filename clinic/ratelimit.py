"""A small fixed-window rate limit, counted in the database.

Every worker and server counts in the same table, with one atomic
upsert per request (``clinic.counting``), so N workers allow exactly the
configured number, not N times it. A cache could not promise that: the database cache's ``incr`` reads
and writes in two steps.

The client is identified by a keyed hash of its address and the window, kept
only until the window is over; the address itself is never written to the
database or logs.
"""

import time
from datetime import UTC, datetime

from django.conf import settings
from django.utils.crypto import salted_hmac

from clinic import counting
from clinic.clientip import client_ip
from clinic.models import RateCount

PERIODS = {"s": 1, "m": 60, "h": 3600}


def parse_rate(rate: str) -> tuple[int, int]:
    """'20/m' -> (20, 60)."""
    count, _slash, period = rate.strip().partition("/")
    if not count.isdigit() or period not in PERIODS or int(count) < 1:
        raise ValueError(f"Rate {rate!r} is not like 20/m (N/s, N/m or N/h).")
    return int(count), PERIODS[period]


def client_key(request, scope: str, window: int) -> str:
    address = client_ip(request)
    raw = f"{scope}:{window}:{address}"
    return salted_hmac("clinic.ratelimit", raw, secret=settings.SECRET_KEY).hexdigest()[:40]


def count(key: str, expires: datetime) -> int:
    """Add one to ``key``'s count and return the new count, atomically."""
    return counting.add_one(RateCount, unique={"key": key}, on_insert={"expires": expires})


def allow(request, scope: str, rate: str) -> bool:
    """Count this request; False once the client is over ``rate`` in this window."""
    limit, period = parse_rate(rate)
    now = time.time()
    window = int(now // period)
    expires = datetime.fromtimestamp((window + 1) * period, tz=UTC)
    counted = count(client_key(request, scope, window), expires)
    if counted == 1:  # a new window for this client: forget the windows that are over
        RateCount.objects.filter(expires__lt=datetime.fromtimestamp(now, tz=UTC)).delete()
    return counted <= limit
