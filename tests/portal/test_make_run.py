"""`make run` shows the demo logins after the server's
banner, where the request log does not scroll them away; and again when it
starts from a database that already has the demo."""

import os
import queue
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_until_logins(database: Path, timeout: float = 600) -> list[str]:
    """Start `make run`, read its output until the logins are shown, stop it."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "PYTHONUNBUFFERED": "1",
        "PORT": str(free_port()),
    }
    for name in ("DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "MAKEFLAGS"):
        env.pop(name, None)
    process = subprocess.Popen(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    # A thread reads the output: select() on a buffered pipe can miss lines
    # already read into Python's buffer.
    received: queue.Queue = queue.Queue()
    threading.Thread(
        target=lambda: [received.put(line) for line in process.stdout], daemon=True
    ).start()
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                line = received.get(timeout=1)
            except queue.Empty:
                if process.poll() is not None:
                    break  # make stopped
                continue
            lines.append(line.rstrip("\n"))
            if sum("password: knee-demo-2026" in seen for seen in lines) == 3:
                break
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    return lines


def index_of(lines: list[str], text: str) -> int:
    return next(i for i, line in enumerate(lines) if text in line)


@pytest.mark.parametrize("run", ["first", "again"])
def test_make_run_shows_the_logins_after_the_server_banner(tmp_path_factory, run):
    database = tmp_path_factory.getbasetemp() / "make-run.sqlite3"
    if run == "again":
        assert database.exists(), "the first run made the database"
    lines = run_until_logins(database)
    output = "\n".join(lines)
    assert "Staff logins for" in output, output[-3000:]
    assert "Quit the server with" in output, output[-3000:]
    banner = index_of(lines, "Quit the server with")
    logins = index_of(lines, "Staff logins for http://127.0.0.1:")
    assert banner < logins, output
    assert [line.split()[0] for line in lines[logins + 1 : logins + 4]] == [
        "Author",
        "Clinical",
        "Publisher",
    ]
