"""CSP violation reports: counted per day, directive and blocked host; nothing personal kept."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from clinic.csp_reports import (
    KEEP_DAYS,
    MAX_BYTES,
    MAX_ROWS_PER_DAY,
    blocked_host,
    directive_name,
)
from clinic.models import CSPReportCount

pytestmark = pytest.mark.django_db

URL = "/csp-report/"


def report(directive="script-src-elem", blocked="https://cdn.evil.example/x.js?user=jo"):
    return {
        "csp-report": {
            "document-uri": "https://clinic.example/search/?q=my+swollen+knee",
            "referrer": "",
            "violated-directive": directive,
            "effective-directive": directive,
            "original-policy": "default-src 'self'",
            "blocked-uri": blocked,
            "status-code": 200,
        }
    }


def batch(*blocked):
    return [
        {
            "type": "csp-violation",
            "age": 10,
            "url": "https://clinic.example/triage/result/SECRET-TOKEN/",
            "body": {
                "documentURL": "https://clinic.example/triage/result/SECRET-TOKEN/",
                "effectiveDirective": "img-src",
                "blockedURL": url,
                "disposition": "enforce",
            },
        }
        for url in blocked
    ]


def post(client, body, content_type="application/csp-report", **extra):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return client.post(URL, data, content_type=content_type, **extra)


def counts() -> set[tuple]:
    return set(CSPReportCount.objects.values_list("day", "directive", "blocked", "count"))


def test_a_report_is_counted_by_host_only(client):
    assert post(client, report()).status_code == 204
    assert post(client, report()).status_code == 204
    today = timezone.localdate()
    assert counts() == {(today, "script-src-elem", "cdn.evil.example", 2)}
    stored = str(list(CSPReportCount.objects.values_list()))
    assert "swollen" not in stored and "user=jo" not in stored and "x.js" not in stored


def test_a_reporting_api_batch_counts_each_violation(client):
    body = batch("https://a.example/p.png", "data", "https://a.example/q.png")
    body.append({"type": "deprecation", "body": {"id": "x"}})
    assert post(client, body, "application/reports+json").status_code == 204
    today = timezone.localdate()
    assert counts() == {(today, "img-src", "a.example", 2), (today, "img-src", "data", 1)}
    assert "SECRET-TOKEN" not in str(list(CSPReportCount.objects.values_list()))


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("https://user:pw@CDN.Example.com:8443/a?b=c#d", "cdn.example.com"),
        ("inline", "inline"),
        ("eval", "eval"),
        ("data:image/png;base64,AAAA", "data"),
        ("blob:https://clinic.example/1234", "blob"),
        ("wss://[2001:db8::1]/socket", "[2001:db8::1]"),
        ("", "unknown"),
        (None, "unknown"),
        ("javascript:alert(1)", "other"),
        ("https://[not-an-ip/", "other"),
        ("https://exa<mple>.com/", "other"),
        (12345, "other"),
    ],
)
def test_blocked_host(value, host):
    assert blocked_host(value) == host


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("script-src 'self' 'nonce-abc'", "script-src"),
        ("img-src", "img-src"),
        ("<script>", "other"),
        ("", "other"),
        (["x"], "other"),
    ],
)
def test_directive_name(value, name):
    assert directive_name(value) == name


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("{not json", "application/csp-report", 400),
        (b"\xff\xfe\x00garbage", "application/csp-report", 400),
        ("[" * 100_000 + "]" * 100_000, "application/reports+json", 413),
        ("[" * 5000 + "]" * 5000, "application/reports+json", 400),
        ('{"csp-report": "a string"}', "application/csp-report", 400),
        ('"just a string"', "application/csp-report", 400),
        ("null", "application/csp-report", 400),
        ("", "application/csp-report", 415),  # an empty body has no content type
        (json.dumps(report()), "text/plain", 415),
        (json.dumps(report()) + " " * MAX_BYTES, "application/csp-report", 413),
    ],
)
def test_garbage_is_refused_and_nothing_counted(client, body, content_type, status):
    assert post(client, body, content_type).status_code == status
    assert not CSPReportCount.objects.exists()


def test_odd_but_valid_reports_are_counted_as_other(client):
    assert (
        post(client, {"csp-report": {"blocked-uri": ["x"], "effective-directive": 5}}).status_code
        == 204
    )
    assert (
        post(
            client, [1, "x", {"type": "csp-violation", "body": None}], "application/reports+json"
        ).status_code
        == 204
    )
    assert counts() == {(timezone.localdate(), "other", "other", 1)}


def test_only_post_and_no_csrf_token_needed(client):
    from django.test import Client

    assert client.get(URL).status_code == 405
    strict = Client(enforce_csrf_checks=True)
    assert post(strict, report()).status_code == 204


def test_each_client_is_rate_limited(client, settings):
    settings.CSP_REPORT_RATE_LIMIT = "3/m"
    statuses = [post(client, report(), REMOTE_ADDR="192.0.2.5").status_code for _ in range(5)]
    assert statuses == [204, 204, 204, 429, 429]
    assert post(client, report(), REMOTE_ADDR="192.0.2.6").status_code == 204
    assert CSPReportCount.objects.get().count == 4


def test_the_answer_is_never_cached(client):
    response = post(client, report())
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_pages_name_the_report_endpoint(client, demo):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "report-uri /csp-report/" in policy and "report-to csp" in policy
    assert response["Reporting-Endpoints"] == 'csp="/csp-report/"'


def test_the_counts_are_read_only_in_the_admin(admin_client, client):
    post(client, report())
    page = admin_client.get("/admin/clinic/cspreportcount/").content.decode()
    assert "cdn.evil.example" in page and "script-src-elem" in page
    assert admin_client.get("/admin/clinic/cspreportcount/add/").status_code == 403
    row = CSPReportCount.objects.get()
    assert (
        admin_client.post(
            f"/admin/clinic/cspreportcount/{row.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )


def test_many_made_up_hosts_from_many_addresses_stay_within_the_days_bound(client, settings):
    """Rows stop growing at the bound: further new hosts add to one "other" row."""
    settings.CSP_REPORT_RATE_LIMIT = "1000/m"
    extra = 30
    for n in range(MAX_ROWS_PER_DAY + extra):
        blocked = f"https://host{n}.evil.example/x.js"
        address = f"198.51.100.{n % 250}"
        assert post(client, report(blocked=blocked), REMOTE_ADDR=address).status_code == 204
    today = timezone.localdate()
    assert CSPReportCount.objects.filter(day=today).count() == MAX_ROWS_PER_DAY + 1
    other = CSPReportCount.objects.get(day=today, directive="other", blocked="other")
    assert other.count == extra
    # A host already counted today still gets its own count past the bound.
    assert post(client, report(blocked="https://host0.evil.example/")).status_code == 204
    assert CSPReportCount.objects.get(day=today, blocked="host0.evil.example").count == 2


def test_a_new_row_drops_rows_older_than_the_days_kept(client):
    today = timezone.localdate()
    old = today - timedelta(days=KEEP_DAYS + 1)
    kept = today - timedelta(days=KEEP_DAYS)
    CSPReportCount.objects.create(day=old, directive="img-src", blocked="a.example", count=3)
    CSPReportCount.objects.create(day=kept, directive="img-src", blocked="b.example", count=3)
    assert post(client, report()).status_code == 204
    assert set(CSPReportCount.objects.values_list("day", flat=True)) == {kept, today}
