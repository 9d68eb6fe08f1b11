from django.core.management.base import BaseCommand

from articles import bulk


class Command(BaseCommand):
    help = (
        "Add generated, published articles and conditions (slugs start with 'bulk-') "
        "for benchmarks. Running it again replaces them. Never on a clinic's database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--conditions", type=int, default=200)

    def handle(self, *args, articles, conditions, **options):
        result = bulk.generate(articles=articles, conditions=conditions)
        self.stdout.write(
            f"Generated {result['articles']} articles and {result['conditions']} conditions; "
            f"search index holds {result['indexed']} items."
        )
