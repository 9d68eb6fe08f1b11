from django.core.management.base import BaseCommand
from django.db import transaction

from search import index


class Command(BaseCommand):
    help = (
        "Re-create the search index from the published articles, conditions, exercises "
        "and programme templates and their published translations. "
        "Saves keep it up to date; run this after bulk changes made outside Django."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            rebuilt = index.rebuild(index.indexed_models())
        self.stdout.write(
            f"Indexed {rebuilt.items} published items and {rebuilt.translations} translations."
        )
