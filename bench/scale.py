"""Scale-out benchmark: two gunicorn servers behind HAProxy, sharing PostgreSQL,
Redis and an S3 bucket for media.

Run by `make bench-scale`. It starts a private S3 API (moto's server mode, in
memory) with one bucket, then on a throwaway PostgreSQL database loads the
same content as `make bench` (demo content, its pictures stored in the bucket,
1,000 articles, 200 conditions), starts a Redis (a private redis-server unless
``BENCH_REDIS_URL`` names one), two gunicorn servers with production settings
(media on the bucket, as on a site of many servers) and HAProxy in front of them
(round robin, health-checked on /healthz), then loads them with wrk: a mix of
cached pages, searches, the triage form and triage POSTs. The same mix then
goes to one of the servers directly, for comparison. Every process it starts
is stopped on the way out, on an error or Ctrl-C too.

``scale_out()`` is the setup; tests/bench/test_scale.py checks it without
timing anything.
"""

import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.http import ARTICLE, prepare_database, triage_post_script  # noqa: E402
from tests.portal.servers import (  # noqa: E402
    Gunicorn,
    MotoS3Server,
    collect_static,
    free_port,
    production_env,
)

DURATION = os.environ.get("BENCH_SECONDS", "30")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "50")
# wrk's default, 2 s, would count a slow answer as an error and leave it out
# of the percentiles; 10 s measures it.
WRK_TIMEOUT = "10s"

# What the load asks for, in this proportion (20 requests a round): mostly
# pages a CDN or our page cache answers, a fifth searches, a fifth triage.
MIX = [
    *[("GET", "/")] * 3,
    *[("GET", ARTICLE)] * 3,
    ("GET", "/articles/how-your-knee-works/"),
    ("GET", "/articles/"),
    ("GET", "/conditions/"),
    ("GET", "/conditions/?onset=injury&area=inner"),
    # Illustrated (the demo pictures): <picture> addresses on the S3 bucket.
    *[("GET", "/conditions/meniscus-tear/")] * 2,
    ("GET", "/search/?q=knee+pain"),
    ("GET", "/search/?q=meniscus"),
    ("GET", "/search/?q=runners+knee"),
    ("GET", "/search/?q=swelling+after+running"),
    *[("GET", "/triage/")] * 2,
    *[("POST", "/triage/")] * 2,
]

MIX_SCRIPT = """-- Made by bench/scale.py: the request mix, in turn, for each connection's thread.
-- The triage POST script sets wrk.body and a CSRF cookie: keep them for the POSTs.
dofile("{triage_script}")
local post_body = wrk.body
local post_headers = {{}}
for name, value in pairs(wrk.headers) do post_headers[name] = value end
wrk.method, wrk.body, wrk.headers = "GET", nil, {{}}

local mix = {{
{entries}
}}
local requests = {{}}
local next_request = 0

function init(args)
  for _, entry in ipairs(mix) do
    if entry[1] == "POST" then
      local headers = {{}}
      for name, value in pairs(post_headers) do headers[name] = value end
      table.insert(requests, wrk.format("POST", entry[2], headers, post_body))
    else
      table.insert(requests, wrk.format("GET", entry[2], {{}}))
    end
  end
  next_request = math.random(#requests) - 1
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{{"requests": %d, "seconds": %f, "p50_ms": %f, "p99_ms": %f, ' ..
    '"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d}}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect, e.read, e.write, e.timeout, e.status))
end
"""

ERROR_KINDS = ("connect", "read", "write", "timeout", "status")


class Server(Gunicorn):
    """gunicorn that is stopped again if it does not come up (or on Ctrl-C meanwhile)."""

    def _wait_until_listening(self) -> None:
        try:
            super()._wait_until_listening()
            # The master listens before its worker has loaded Django: wait for
            # an answer, or HAProxy's first health check times out.
            deadline = time.monotonic() + 120
            while not self._healthy():
                if time.monotonic() > deadline:
                    raise RuntimeError(f"/healthz fails; see {self.log_path}")
                time.sleep(0.2)
        except BaseException:
            self.stop()
            raise

    def _healthy(self) -> bool:
        # On a busy machine the first answer (the worker loading Django) can
        # outlast one request's timeout: ask again until the deadline.
        try:
            return self.get("/healthz")[0] == 200
        except OSError:
            return False


def wait_for_port(port: int, process: subprocess.Popen, name: str, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited: {log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not start; see {log}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start(command: list[str], name: str, port: int, workdir: Path, stack: ExitStack):
    """Start ``command`` in the foreground of a child process; stop it when ``stack`` closes."""
    log = workdir / f"{name}.log"
    with log.open("w") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    stack.callback(stop, process)
    wait_for_port(port, process, name, log)
    return process


def private_redis(workdir: Path, stack: ExitStack) -> tuple[str, subprocess.Popen]:
    """A redis-server of our own in ``workdir``, keeping nothing on disk."""
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir)]
    command += ["--save", "", "--appendonly", "no"]
    process = start(command, "redis", port, workdir, stack)
    return f"redis://127.0.0.1:{port}/0", process


HAPROXY_CONFIG = """# Made by bench/scale.py for one run.
global
    maxconn 4000
    # One thread: on a small machine the app servers need the cores.
    nbthread 1
    stats socket {socket} mode 600 level operator

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout check 5s
    # Adds the client's address to X-Forwarded-For (DJANGO_TRUSTED_PROXY_COUNT=1).
    option forwardfor

frontend portal
    bind 127.0.0.1:{port}
    default_backend app

backend app
    balance roundrobin
    option httpchk
    http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host 127.0.0.1
    http-check expect status 200
{servers}
"""


class HAProxy:
    def __init__(self, backends: list[str], workdir: Path, stack: ExitStack):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.socket = workdir / "haproxy.sock"
        servers = "\n".join(
            f"    server app{n} {address} check inter 1s" for n, address in enumerate(backends, 1)
        )
        config = workdir / "haproxy.cfg"
        config.write_text(
            HAPROXY_CONFIG.format(socket=self.socket, port=self.port, servers=servers)
        )
        subprocess.run(["haproxy", "-c", "-q", "-f", str(config)], check=True)
        self.process = start(
            ["haproxy", "-db", "-f", str(config)], "haproxy", self.port, workdir, stack
        )
        self._wait_until_backends_pass_checks()

    def stats(self) -> dict[str, dict[str, str]]:
        """HAProxy's CSV statistics for each server of the backend, by server name."""
        with socket.socket(socket.AF_UNIX) as sock:
            sock.connect(str(self.socket))
            sock.sendall(b"show stat\n")
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        lines = data.decode().lstrip("# ").splitlines()
        rows = csv.DictReader(line for line in lines if line)
        return {
            row["svname"]: row
            for row in rows
            if row["pxname"] == "app" and row["svname"] not in ("FRONTEND", "BACKEND")
        }

    def requests_by_server(self) -> dict[str, int]:
        return {name: int(row["req_tot"] or row["stot"]) for name, row in self.stats().items()}

    def _wait_until_backends_pass_checks(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            servers = self.stats().values()
            if servers and all(row["status"] == "UP" for row in servers):
                return
            time.sleep(0.2)
        raise RuntimeError(f"HAProxy's health checks on /healthz fail: {self.stats()}")


MEDIA_BUCKET = "portal-bench-media"


def private_s3(stack: ExitStack) -> tuple[dict[str, str], subprocess.Popen]:
    """An S3 API of our own (moto, in memory) with the media bucket: the
    portal's DJANGO_S3_ variables for it."""
    s3 = MotoS3Server()
    s3.start()
    stack.callback(s3.stop)
    s3.create_bucket(MEDIA_BUCKET)
    return s3.env(MEDIA_BUCKET), s3.process


@dataclass
class Cluster:
    url: str  # HAProxy's address
    servers: list[Server]
    haproxy: HAProxy
    redis_url: str
    media_env: dict[str, str]  # the DJANGO_S3_ variables the servers share
    processes: list[subprocess.Popen] = field(default_factory=list)


@contextmanager
def scale_out(
    env: dict[str, str],
    workdir: Path,
    workers: int,
    redis_url: str = "",
    media_env: dict[str, str] | None = None,
):
    """Redis, an S3 bucket, two gunicorn servers sharing them and the database,
    HAProxy in front.

    Without ``redis_url``, a private redis-server; without ``media_env`` (the
    DJANGO_S3_ variables), a private S3 API (moto). Every process is stopped
    when the block ends, however it ends.
    """
    with ExitStack() as stack:
        processes = []
        if media_env is None:
            media_env, s3 = private_s3(stack)
            processes.append(s3)
        if not redis_url:
            redis_url, redis = private_redis(workdir, stack)
            processes.append(redis)
        server_env = {
            **env,
            **media_env,
            "REDIS_URL": redis_url,
            "DJANGO_TRUSTED_PROXY_COUNT": "1",
        }
        servers = []
        for _ in range(2):
            server = Server(server_env, workers=workers)
            stack.callback(server.stop)
            servers.append(server)
            processes.append(server.process)
        haproxy = HAProxy([f"127.0.0.1:{s.port}" for s in servers], workdir, stack)
        processes.append(haproxy.process)
        yield Cluster(haproxy.url, servers, haproxy, redis_url, media_env, processes)


def mix_script(base_url: str, workdir: Path) -> Path:
    """The wrk script for MIX, with a valid CSRF cookie and token from ``base_url``."""
    triage = triage_post_script(base_url, workdir)
    entries = ",\n".join(f'  {{"{method}", "{path}"}}' for method, path in MIX)
    script = workdir / "mix.lua"
    script.write_text(MIX_SCRIPT.format(triage_script=triage, entries=entries))
    return script


def run_mix(url: str, script: Path, seconds: str, connections: str, threads: int = 2) -> dict:
    result = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={WRK_TIMEOUT}"]
        + ["-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    report["rps"] = report["requests"] / report["seconds"]
    report["errors"] = sum(report[kind] for kind in ERROR_KINDS)
    return report


def workers_per_server() -> int:
    # Two servers of two workers would be four processes on two cores.
    return 1 if (os.cpu_count() or 1) <= 2 else 2


def load_average() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def mix_summary() -> str:
    searches = sum(path.startswith("/search/") for _method, path in MIX)
    forms = MIX.count(("GET", "/triage/"))
    posts = MIX.count(("POST", "/triage/"))
    pages = len(MIX) - searches - forms - posts
    return f"{pages} cached pages, {searches} searches, {forms} triage forms, {posts} triage POSTs"


def print_table(rows: list[tuple[str, str, dict, str]], workers: int, load: str) -> None:
    print()
    print(
        f"{date.today():%d %B %Y}; {os.cpu_count()} cores (wrk, HAProxy, Redis, moto's S3, "
        "PostgreSQL and "
        f"the servers share them); load average {load} before the runs, "
        f"{load_average()} after; Python {sys.version.split()[0]}"
    )
    print(
        f"gunicorn: {workers} sync worker(s) a server"
        + (" (1, not 2: this machine has 2 cores or fewer)" if workers == 1 else "")
        + f"; wrk: 2 threads, {CONNECTIONS} connections, {DURATION} s, timeout {WRK_TIMEOUT}; "
        f"mix of {len(MIX)}: {mix_summary()}"
    )
    print(
        "| setup | servers x workers | requests/s | p50 ms | p99 ms "
        "| errors (connect/read/write/timeout/status) | requests per backend |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, size, report, backends in rows:
        errors = "/".join(str(report[kind]) for kind in ERROR_KINDS)
        print(
            f"| {name} | {size} | {report['rps']:.0f} | {report['p50_ms']:.1f} | "
            f"{report['p99_ms']:.1f} | {errors} | {backends} |"
        )


def main() -> int:
    # `kill` (SIGTERM) unwinds like Ctrl-C, so every process is stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    for program in ("haproxy", "wrk", "redis-server"):
        if not shutil.which(program):
            print(f"{program} is missing: `make bench-scale-packages` installs it.")
            return 1
    workers = workers_per_server()
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as media:
        workdir = Path(tmp)
        static_root = workdir / "static"
        media_env, s3 = private_s3(media)
        env = production_env(
            os.environ["DATABASE_URL"],
            static_root,
            TRIAGE_RATE_LIMIT="1000000/s",
            DJANGO_LOG_LEVEL="WARNING",
        )
        print("Preparing: demo content, 1,000 articles, 200 conditions, static files...")
        # The demo pictures go to the bucket, as uploads would.
        prepare_database({**env, **media_env})
        collect_static(static_root)
        redis_url = os.environ.get("BENCH_REDIS_URL", "")
        with scale_out(env, workdir, workers, redis_url, media_env) as cluster:
            print(
                f"Redis {cluster.redis_url}; S3 (moto) {media_env['DJANGO_S3_ENDPOINT_URL']}"
                f", bucket {MEDIA_BUCKET}; HAProxy {cluster.url} -> "
                + ", ".join(server.url for server in cluster.servers)
            )
            script = mix_script(cluster.url, workdir)
            run_mix(cluster.url, script, "5", CONNECTIONS)  # fills both servers' caches
            load = load_average()
            before = cluster.haproxy.requests_by_server()
            balanced = run_mix(cluster.url, script, DURATION, CONNECTIONS)
            after = cluster.haproxy.requests_by_server()
            per_backend = ", ".join(f"{name} {after[name] - before[name]}" for name in after)
            direct = run_mix(cluster.servers[0].url, script, DURATION, CONNECTIONS)
            # One server of two workers under the same mix.
            pair = Server({**env, **media_env, "REDIS_URL": cluster.redis_url}, workers=2)
            try:
                run_mix(pair.url, script, "5", CONNECTIONS)  # warm both workers
                two_workers = run_mix(pair.url, script, DURATION, CONNECTIONS)
            finally:
                pair.stop()
            processes = [*cluster.processes, pair.process, s3]
    left = [process.pid for process in processes if process.poll() is None]
    print_table(
        [
            ("HAProxy, round robin", f"2 x {workers}", balanced, per_backend),
            ("one server, direct", f"1 x {workers}", direct, "app1 (all)"),
            ("one server of 2 workers, direct", "1 x 2", two_workers, "(all)"),
        ],
        workers,
        load,
    )
    print("Processes still running: " + (", ".join(map(str, left)) if left else "none."))
    failed = any(run["errors"] for run in (balanced, direct, two_workers))
    return 1 if failed or left else 0


if __name__ == "__main__":
    sys.exit(main())
