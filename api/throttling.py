"""The API's rate limit: the triage POSTs' per-client count (clinic.ratelimit)."""

import math
import time

from django.conf import settings
from rest_framework.throttling import BaseThrottle

from clinic import ratelimit


class ClientRateThrottle(BaseThrottle):
    """``API_RATE_LIMIT`` requests per client and window, counted in the
    database so every worker shares one count. Past it: 429 with
    ``Retry-After``, the seconds until the window ends."""

    scope = "api"

    def allow_request(self, request, view) -> bool:
        return ratelimit.allow(request, self.scope, settings.API_RATE_LIMIT)

    def wait(self) -> int:
        _limit, period = ratelimit.parse_rate(settings.API_RATE_LIMIT)
        return max(1, math.ceil(period - time.time() % period))
