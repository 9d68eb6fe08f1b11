"""Benchmark: first render and cached serving of the knee article handout, and of
an illustrated article's handout (the knee diagram's print rendition embedded).

Run by `make bench` on a throwaway PostgreSQL database with the demo content.
It reports wall-clock times measured in-process through Django's handler (the
full HTTP load test comes with the production benchmark). The illustrated
article's first PDF must take at most 2 s.
"""

import os
import statistics
import sys
import time

RUNS = 15
ARTICLE = "/articles/what-to-do-when-your-knee-hurts-after-exercise/handout.pdf"
ILLUSTRATED = "/articles/how-your-knee-works/handout.pdf"
FIRST_PDF_LIMIT_MS = 2000


def illustrate_knee_article() -> None:
    """The knee article with its diagram, as load_demo_content leaves it once rich
    text takes figures; until then the reference is stored here as it would be."""
    from articles.models import Article
    from images.models import Image
    from portal.demo_pictures import ANATOMY_ARTICLE, FIGURES, figure_html

    article = Article.objects.get(slug=ANATOMY_ARTICLE)
    if "<figure" in article.body:
        return
    image = Image.objects.get(title="Parts of the knee (labelled in English)")
    figure = figure_html(image, alt=image.alt_text, caption=FIGURES["en"][1])
    body = article.body.replace("<h2>", figure + "<h2>", 1)
    Article.objects.filter(pk=article.pk).update(body=body)


def measure(client, url: str) -> tuple[list[float], list[float]]:
    from django.core.cache import cache

    first = []
    for _ in range(RUNS):
        cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        first.append(time.perf_counter() - start)
        assert response["X-Handout-Cache"] == "miss"
    cached = []
    for _ in range(RUNS * 10):
        start = time.perf_counter()
        response = client.get(url)
        cached.append(time.perf_counter() - start)
        assert response["X-Handout-Cache"] == "hit"
    return first, cached


def embeds_a_picture(client, url: str) -> bool:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(client.get(url).content))
    return any(
        xobject.get_object()["/Subtype"] == "/Image"
        for page in reader.pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
    )


def main() -> int:
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    illustrate_knee_article()
    client = Client()
    plain = measure(client, ARTICLE)
    illustrated = measure(client, ILLUSTRATED)

    def row(name, samples):
        ms = sorted(s * 1000 for s in samples)
        p95 = ms[int(len(ms) * 0.95) - 1]
        return f"| {name} | {len(ms)} | {statistics.median(ms):.1f} | {p95:.1f} |"

    print(f"Knee article handouts ({os.cpu_count()} cores, Python {sys.version.split()[0]})")
    print("| case | runs | median ms | p95 ms |")
    print("|---|---|---|---|")
    print(row("first render (WeasyPrint)", plain[0]))
    print(row("served from cache", plain[1]))
    print(row("illustrated, first render (print rendition embedded)", illustrated[0]))
    print(row("illustrated, served from cache", illustrated[1]))
    slowest = sorted(illustrated[0])[int(RUNS * 0.95) - 1] * 1000  # p95
    if not embeds_a_picture(client, ILLUSTRATED):
        print("FAIL: the illustrated article's PDF embeds no picture")
        return 1
    if slowest > FIRST_PDF_LIMIT_MS:
        print(f"FAIL: illustrated first PDF p95 {slowest:.0f} ms (limit {FIRST_PDF_LIMIT_MS})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
