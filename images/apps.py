from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    """The image library: uploads checked by decoding, renditions for screens and print."""

    name = "images"
    verbose_name = _("Images")
