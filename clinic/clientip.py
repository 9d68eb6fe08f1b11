"""The client's address, for rate limits and login lockout.

Behind reverse proxies, REMOTE_ADDR is the nearest proxy's address and every
patient would look the same. With DJANGO_TRUSTED_PROXY_COUNT=N, the address is
read from X-Forwarded-For, N entries from the right: the one our own outermost
proxy saw. Entries further left are written by the client and never trusted.
"""

from django.conf import settings


def client_ip(request) -> str:
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
