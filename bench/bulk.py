"""Add generated, published articles and conditions to the benchmark database.

    python -m bench.bulk --articles 1000 --conditions 200

Slugs start with ``bulk-``; running it again replaces them. Never on a
clinic's database: it lives with the benchmarks, not in the runtime apps.
"""

import argparse
import os


def main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--conditions", type=int, default=200)
    args = parser.parse_args()
    django.setup()
    from tests.support import bulk

    result = bulk.generate(articles=args.articles, conditions=args.conditions)
    print(
        f"Generated {result['articles']} articles and {result['conditions']} conditions; "
        f"search index holds {result['indexed']} items."
    )


if __name__ == "__main__":
    main()
