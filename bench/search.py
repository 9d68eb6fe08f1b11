"""Benchmark: search over 10,000 generated articles plus the demo content.

Run by `make bench` on a throwaway PostgreSQL database. Times what a results
page costs the database and Python (count, first page, snippets), in-process,
and says whether the plan uses the GIN indexes.
"""

import os
import statistics
import sys
import time

RUNS = 20
# "knee" is on every generated page; "patelofemoral" and "LCA" are rare (a typo, an other name).
QUERIES = ["knee", "menicus tear", "patelofemoral", "LCA", "meniscus", "runners knee", "knee pain"]


def main() -> int:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from search import query as search
    from tests.support import bulk

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    start = time.perf_counter()
    result = bulk.generate(articles=10_000, conditions=0)
    print(f"Indexed {result['indexed']} items in {time.perf_counter() - start:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_searchentry")

    print(f"Search, 10,000 generated articles ({os.cpu_count()} cores, PostgreSQL)")
    print("| query | matches | median ms | p95 ms | plan |")
    print("|---|---|---|---|---|")
    for query in QUERIES:
        samples = []
        for _ in range(RUNS):
            begin = time.perf_counter()
            results = search.find(query)
            count = results.count
            search.hits(results.page(1).object_list, query)
            samples.append((time.perf_counter() - begin) * 1000)
        plan = search.candidates_plan(query)
        used = "GIN indexes" if "Bitmap Index Scan" in plan else "sequential scan"
        samples.sort()
        p95 = samples[int(len(samples) * 0.95) - 1]
        print(f"| {query} | {count} | {statistics.median(samples):.1f} | {p95:.1f} | {used} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
