"""Content-Security-Policy violation reports, counted and never kept.

Browsers POST a report when the policy blocks something: to ``report-uri`` as
``application/csp-report`` (one report), or, through the Reporting API
(``report-to`` and the ``Reporting-Endpoints`` header), as
``application/reports+json`` (a batch). A report names the page, which may
carry a patient's search or a triage result token, so only three things are
kept, as a count: the day, the directive and the blocked host (or a keyword
such as ``inline``). Each client's reports are rate-limited
(``clinic.ratelimit``); garbage gets a 4xx, never a 500.

The counts are bounded, whatever browsers (or someone posting made-up
reports from many addresses) send: at most ``MAX_ROWS_PER_DAY`` rows a day,
past which new hosts are counted together under "other", and no row older
than ``KEEP_DAYS`` days (dropped when a new row is made).
"""

import json
import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from clinic import counting, ratelimit
from clinic.models import CSPReportCount

CONTENT_TYPES = {"application/csp-report", "application/reports+json", "application/json"}
MAX_BYTES = 16 * 1024
# A Reporting API batch may hold many reports; count at most this many from one POST.
MAX_REPORTS = 20
# What browsers write instead of a URL when no URL was blocked.
KEYWORDS = {"inline", "eval", "wasm-eval", "self", "data", "blob", "trusted-types-policy",
            "trusted-types-sink", "filesystem", "mediastream"}  # fmt: skip
# Storage bounds: at most about 100 x 90 rows ever.
MAX_ROWS_PER_DAY = 100
KEEP_DAYS = 90
OTHER = "other"
DIRECTIVE = re.compile(r"[a-z][a-z-]{0,63}")
HOST = re.compile(r"[a-z0-9.\-]{1,253}|\[[0-9a-f:.]{2,45}\]")


def blocked_host(value) -> str:
    """'https://cdn.example.com/x.js?u=1' -> 'cdn.example.com'; 'inline' -> 'inline'."""
    text = str(value or "").strip().lower()
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return "other"
    if parts.scheme in ("http", "https", "ws", "wss") and host:
        host = f"[{host}]" if ":" in host else host
        return host if HOST.fullmatch(host) else "other"
    keyword = parts.scheme or parts.path
    return keyword if keyword in KEYWORDS else ("unknown" if not text else "other")


def directive_name(value) -> str:
    # Older browsers send the whole violated directive ("script-src 'self'").
    words = str(value or "").strip().lower().split()
    return words[0] if words and DIRECTIVE.fullmatch(words[0]) else "other"


def violations(data) -> list[tuple[str, str]]:
    """(directive, blocked host) of each CSP violation in a report body; ValueError if it is none."""
    if isinstance(data, dict) and isinstance(data.get("csp-report"), dict):
        report = data["csp-report"]
        directive = report.get("effective-directive") or report.get("violated-directive")
        return [(directive_name(directive), blocked_host(report.get("blocked-uri")))]
    if isinstance(data, list):
        return [
            (
                directive_name(report["body"].get("effectiveDirective")),
                blocked_host(report["body"].get("blockedURL")),
            )
            for report in data[:MAX_REPORTS]
            if isinstance(report, dict)
            and report.get("type") == "csp-violation"
            and isinstance(report.get("body"), dict)
        ]
    raise ValueError("not a CSP report")


def count(day, directive: str, blocked: str) -> None:
    """Add one to the day's count for the directive and host, atomically. A new
    row past the day's bound is counted as "other"; a new row drops the old."""
    unique = {"day": day, "directive": directive, "blocked": blocked}
    if not CSPReportCount.objects.filter(**unique).exists():
        if CSPReportCount.objects.filter(day=day).count() >= MAX_ROWS_PER_DAY:
            unique = {"day": day, "directive": OTHER, "blocked": OTHER}
        CSPReportCount.objects.filter(day__lt=day - timedelta(days=KEEP_DAYS)).delete()
    counting.add_one(CSPReportCount, unique=unique)


@csrf_exempt  # browsers send reports without our CSRF token; a report only adds to a count
@never_cache
@require_POST
def csp_report(request):
    if not ratelimit.allow(request, "csp-report", settings.CSP_REPORT_RATE_LIMIT):
        return HttpResponse(status=429)
    if request.content_type not in CONTENT_TYPES:
        return HttpResponse(status=415)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return HttpResponse(status=400)
    if length > MAX_BYTES:
        return HttpResponse(status=413)
    try:
        found = violations(json.loads(request.body))
    except (ValueError, RecursionError):  # bad JSON, bad UTF-8, or not a report
        return HttpResponse(status=400)
    day = timezone.localdate()
    for directive, blocked in found:
        count(day, directive, blocked)
    return HttpResponse(status=204)
