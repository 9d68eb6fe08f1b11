"""Benchmark: first render and cached serving of the knee article handout.

Run by `make bench` on a throwaway PostgreSQL database with the demo content.
It reports wall-clock times measured in-process through Django's handler (the
full HTTP load test comes with the production benchmark).
"""

import os
import statistics
import sys
import time

RUNS = 15
ARTICLE = "/articles/what-to-do-when-your-knee-hurts-after-exercise/handout.pdf"


def main() -> int:
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    client = Client()

    first = []
    for _ in range(RUNS):
        cache.clear()
        start = time.perf_counter()
        response = client.get(ARTICLE)
        first.append(time.perf_counter() - start)
        assert response["X-Handout-Cache"] == "miss"
    cached = []
    for _ in range(RUNS * 10):
        start = time.perf_counter()
        response = client.get(ARTICLE)
        cached.append(time.perf_counter() - start)
        assert response["X-Handout-Cache"] == "hit"

    def row(name, samples):
        ms = sorted(s * 1000 for s in samples)
        p95 = ms[int(len(ms) * 0.95) - 1]
        return f"| {name} | {len(ms)} | {statistics.median(ms):.1f} | {p95:.1f} |"

    print(f"Knee article handout ({os.cpu_count()} cores, Python {sys.version.split()[0]})")
    print("| case | runs | median ms | p95 ms |")
    print("|---|---|---|---|")
    print(row("first render (WeasyPrint)", first))
    print(row("served from cache", cached))
    return 0


if __name__ == "__main__":
    sys.exit(main())
