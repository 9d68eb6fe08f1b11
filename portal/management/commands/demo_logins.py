"""Print the demo staff logins, once the server answers.

`make run` starts this beside the development server, so the logins come
after the server's banner instead of scrolling away above it.
"""

import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand

from clinic.demo import LOCAL_SERVER, login_lines


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own server
            return response.status < 500
    except (urllib.error.URLError, OSError):
        return False


class Command(BaseCommand):
    help = "Print the demo staff logins (after --wait-for URL answers, if given)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait-for",
            metavar="URL",
            help="Wait until this address of the local server answers, e.g. its /healthz.",
        )
        parser.add_argument("--timeout", type=float, default=120, help="Seconds to wait at most.")

    def handle(self, *args, wait_for=None, timeout=120, **options):
        origin = LOCAL_SERVER
        if wait_for:
            parts = urlsplit(wait_for)
            origin = f"{parts.scheme}://{parts.netloc}"
            deadline = time.monotonic() + timeout
            while not answers(wait_for):
                if time.monotonic() > deadline:
                    self.stderr.write(f"The server at {origin} did not answer; no logins shown.")
                    return
                time.sleep(0.3)
        for line in login_lines(origin):
            self.stdout.write(line)
