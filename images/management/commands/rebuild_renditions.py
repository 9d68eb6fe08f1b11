"""Make the renditions of every picture (or one) again from its original: after
a change of sizes, formats or encoder settings, or when files were lost."""

from django.core.management.base import BaseCommand, CommandError

from images.models import Image
from images.services import rebuild_renditions


class Command(BaseCommand):
    help = "Make the renditions of every image (or of one, --image ID) again from its original."

    def add_arguments(self, parser):
        parser.add_argument("--image", type=int, help="Only this image (its id).")

    def handle(self, *args, image=None, **options):
        images = Image.objects.order_by("pk")
        if image is not None:
            images = images.filter(pk=image)
            if not images.exists():
                raise CommandError(f"There is no image {image}.")
        count = 0
        for one in images.iterator():
            rebuild_renditions(image=one)
            count += 1
            if options["verbosity"] > 1:
                self.stdout.write(f"{one.pk}: {one.title}")
        self.stdout.write(f"Renditions made again for {count} image(s).")
