"""Compile the translation catalogues (locale/*/LC_MESSAGES/*.po) to .mo files.

Like Django's compilemessages, without GNU gettext: polib does it in Python.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from portal.translations import catalogues, compile_catalogues


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po to .mo files (polib; GNU gettext not needed)."

    def handle(self, *args, **options):
        folders = [str(folder) for folder in settings.LOCALE_PATHS]
        written = compile_catalogues(folders)
        for mo in written:
            self.stdout.write(f"Wrote {mo}")
        if options["verbosity"] >= 1:
            count = len(catalogues(folders))
            self.stdout.write(f"{count} catalogue(s) compiled, {len(written)} changed.")
