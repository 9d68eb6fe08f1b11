"""HTTP benchmark: gunicorn with production settings under load from wrk.

Run by `make bench`. On a throwaway PostgreSQL database it loads the demo
content plus 1,000 generated articles and 200 conditions, starts gunicorn
(one worker per core), and lets wrk (a second process) load each case in turn.
Each row's ratio compares its throughput with a bare Django view served by the
same server, through the same middleware, in the same run.
"""

import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.portal.servers import Gunicorn, collect_static, production_env  # noqa: E402
from tests.triage.answers import answers  # noqa: E402

DURATION = os.environ.get("BENCH_SECONDS", "5")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
ARTICLE = "/articles/what-to-do-when-your-knee-hurts-after-exercise/"

REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %f, "p50_ms": %f, "p95_ms": %f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, e.connect + e.read + e.write + e.timeout + e.status))
end
"""


def prepare_database(env: dict[str, str]) -> None:
    manage = [sys.executable, "manage.py"]
    for command in (
        [*manage, "migrate", "--noinput", "-v", "0"],
        [*manage, "load_demo_content"],
        [sys.executable, "-m", "bench.bulk", "--articles", "1000", "--conditions", "200"],
    ):
        subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def triage_post_script(base_url: str, workdir: Path) -> Path:
    """A wrk script that POSTs calm answers with a valid CSRF cookie and token."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base_url + "/triage/").read().decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    cookie = next(c for c in jar if c.name == "csrftoken").value
    body = urllib.parse.urlencode({**answers(), "csrfmiddlewaretoken": token})
    script = workdir / "triage.lua"
    script.write_text(
        f'wrk.method = "POST"\nwrk.body = "{body}"\n'
        'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n'
        f'wrk.headers["Cookie"] = "csrftoken={cookie}"\n' + REPORT
    )
    return script


def run_wrk(url: str, script: Path, seconds: str = DURATION) -> dict:
    threads = "2"
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{CONNECTIONS}", f"-d{seconds}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["rps"] = report["requests"] / report["seconds"]
    return report


# Every public page a visitor can open: (name, path).
PAGES = [
    ("home", "/"),
    ("articles list", "/articles/"),
    ("article", ARTICLE),
    # A figure in its body (the demo's knee diagram): <picture> from the renditions.
    ("article, illustrated", "/articles/how-your-knee-works/"),
    ("catalogue", "/conditions/"),
    ("catalogue, filtered", "/conditions/?onset=injury&area=inner"),
    ("condition", "/conditions/knee-osteoarthritis/"),
    ("search, repeated query", "/search/?q=knee+pain"),
    ("triage form", "/triage/"),
]
# A session cookie: the page is built afresh, as for signed-in staff.
SESSION_HEADER = 'wrk.headers["Cookie"] = "sessionid=bench-no-such-session"\n'


def page_size(url: str) -> int:
    with urllib.request.urlopen(url) as response:
        return len(response.read())


def measure_pages(server, workdir: Path) -> list[tuple]:
    """Each page cached and uncached, next to a bare view of the same size."""
    cached = workdir / "get.lua"
    cached.write_text(REPORT)
    uncached = workdir / "session.lua"
    uncached.write_text(SESSION_HEADER + REPORT)
    rows = []
    for name, path in PAGES:
        size = page_size(server.url + path)
        floor_path = f"/bench/bare/?bytes={size}"
        for url, script in (
            (server.url + floor_path, cached),
            (server.url + path, cached),
            (server.url + path, uncached),
        ):
            run_wrk(url, script, seconds="1")  # warm every worker
        floor = run_wrk(server.url + floor_path, cached)
        hit = run_wrk(server.url + path, cached)
        miss = run_wrk(server.url + path, uncached)
        rows.append((name, path, size, floor, hit, miss))
    return rows


def print_pages(rows: list[tuple]) -> None:
    print(
        "| page | size | floor req/s | cached req/s | cached ratio | uncached req/s "
        "| uncached ratio | cached p95 ms | uncached p95 ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, path, size, floor, hit, miss in rows:
        print(
            f"| {name} `{path}` | {size / 1000:.1f} kB | {floor['rps']:.0f} | {hit['rps']:.0f} "
            f"| {hit['rps'] / floor['rps']:.2f}x | {miss['rps']:.0f} "
            f"| {miss['rps'] / floor['rps']:.3f}x | {hit['p95_ms']:.1f} | {miss['p95_ms']:.1f} |"
        )


def main() -> int:
    database_url = os.environ["DATABASE_URL"]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        static_root = workdir / "static"
        env = production_env(
            database_url,
            static_root,
            DJANGO_BENCH_BARE_VIEW="1",
            TRIAGE_RATE_LIMIT="1000000/s",
            DJANGO_LOG_LEVEL="WARNING",
        )
        print("Preparing: demo content, 1,000 articles, 200 conditions, static files...")
        prepare_database(env)
        collect_static(static_root)
        workers = os.cpu_count() or 1
        server = Gunicorn(env, workers=workers)
        try:
            page_rows = measure_pages(server, workdir)
            get_script = workdir / "get.lua"
            cases = [
                ("bare Django view (floor)", "/bench/bare/", get_script),
                ("triage POST", "/triage/", triage_post_script(server.url, workdir)),
                ("article PDF, cached", ARTICLE + "handout.pdf", get_script),
            ]
            rows = []
            for name, path, script in cases:
                run_wrk(server.url + path, script, seconds="1")  # warm every worker
                rows.append((name, path, run_wrk(server.url + path, script)))
        finally:
            server.stop()

    print()
    print(
        f"gunicorn, {workers} sync workers; wrk, 2 threads, {CONNECTIONS} connections, "
        f"{DURATION} s a case; {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )
    print("Cached: no cookie. Uncached: a session cookie, so the page is built afresh.")
    print("Ratios: throughput over a bare Django view of the same size, measured just before.")
    print_pages(page_rows)
    print()
    bare = rows[0][2]["rps"]
    print("| case | URL | requests/s | median ms | p95 ms | vs bare view | errors |")
    print("|---|---|---|---|---|---|---|")
    for name, path, report in rows:
        print(
            f"| {name} | `{path}` | {report['rps']:.0f} | {report['p50_ms']:.1f} | "
            f"{report['p95_ms']:.1f} | {report['rps'] / bare:.2f} | {report['errors']} |"
        )
    reports = [(name, r) for name, _p, r in rows] + [
        (f"{name} ({kind})", report)
        for name, _path, _size, *reports in page_rows
        for kind, report in zip(("floor", "cached", "uncached"), reports, strict=True)
    ]
    failed = [name for name, report in reports if report["errors"]]
    if failed:
        print(f"Errors in: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
