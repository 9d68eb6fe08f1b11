"""Benchmark: the renditions of a 12-megapixel photo (at most 2 s here).

Run by `make bench`. A 4000 × 3000 JPEG with a photo's texture (a gradient,
shapes and sensor-like noise) goes through the upload checks and then every
rendition is made and written to a throwaway folder, as ``image_create`` does
(each timed apart; the 2 s aim is the renditions'):
AVIF, WebP and JPEG at each screen width, and the print rendition. No database.
"""

import io
import os
import statistics
import sys
import tempfile
import time

RUNS = 5
LIMIT_SECONDS = 2.0


def photo_jpeg(width: int = 4000, height: int = 3000) -> bytes:
    from PIL import Image, ImageDraw

    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(base)
    for i in range(12):
        box = (i * width // 14, i * height // 20, i * width // 14 + width // 5, height - i * 90)
        draw.ellipse(box, fill=(40 + i * 15, 120, 200 - i * 10))
    noise = Image.effect_noise((width, height), 24).convert("RGB")
    picture = Image.blend(base, noise, 0.25)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> int:
    import django

    django.setup()
    from django.core.files.storage import FileSystemStorage

    from images import renditions
    from images.validation import check_upload

    data = photo_jpeg()
    checks, times = [], []
    counts = set()
    with tempfile.TemporaryDirectory() as folder:
        target = FileSystemStorage(location=folder)
        for run in range(RUNS):
            start = time.perf_counter()
            check_upload(data)
            checks.append(time.perf_counter() - start)
            start = time.perf_counter()
            encoded = renditions.encode_all(data)
            for one in encoded:
                renditions.store(one, run + 1, target)
            times.append(time.perf_counter() - start)
            counts.add(len(encoded))
    median = statistics.median(times)
    print(
        f"Renditions of a 12-megapixel JPEG ({len(data) / 1e6:.1f} MB; {counts.pop()} files; "
        f"AVIF {'on' if renditions.AVIF else 'off'}; {os.cpu_count()} cores)"
    )
    print("| case | runs | median s | max s | limit s |")
    print("|---|---|---|---|---|")
    print(
        f"| upload checks (whole file decoded) | {RUNS} | {statistics.median(checks):.2f} "
        f"| {max(checks):.2f} | |"
    )
    print(
        f"| all renditions, written | {RUNS} | {median:.2f} | {max(times):.2f} | {LIMIT_SECONDS} |"
    )
    if median > LIMIT_SECONDS:
        print(f"SLOWER than the {LIMIT_SECONDS} s aim: see images/renditions.py (Speed).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
