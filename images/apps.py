from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    """The image library: uploads checked by decoding, renditions for screens and print."""

    name = "images"
    verbose_name = _("Images")

    def ready(self):
        from clinic import pagecache
        from images.models import Image, ImageAltText, Rendition

        # A page shows its pictures' renditions and default alt texts: a change
        # to either is a change to the pages that use them.
        pagecache.watch(Image, ImageAltText, Rendition)
