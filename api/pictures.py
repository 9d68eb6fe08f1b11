"""Pictures in the API: a detail's lead image with its renditions, size and alt
text. Figures in the text come rendered in its HTML, as on the page."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.localise import words_language
from articles.pictures import lead_image_data


def _field(kind: str, description: str, **more) -> dict:
    return {"type": kind, "description": description, **more}


LEAD_IMAGE_SCHEMA = {
    "type": "object",
    "nullable": True,
    "description": "The picture at the top of the page, as the page shows it; null if none.",
    "properties": {
        "id": _field("integer", "The image library's id."),
        "alt": _field(
            "string",
            "Alt text for this page: the page's own, else the image's in the language "
            "asked for, else English. Empty when decorative.",
        ),
        "alt_language": _field("string", "The language of the alt text."),
        "decorative": _field("boolean", "True: the picture adds nothing to the text."),
        "caption": _field("string", "May be empty."),
        "credit": _field("string", "Who made it, and the licence. May be empty."),
        "width": _field("integer", "The largest rendition's width, in pixels."),
        "height": _field("integer", "The largest rendition's height, in pixels."),
        "renditions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "url": _field(
                        "string", "Absolute address (public, cached a year).", format="uri"
                    ),
                    "width": _field("integer", "In pixels."),
                    "format": _field(
                        "string", "File format.", enum=["avif", "webp", "jpeg", "png"]
                    ),
                },
                "required": ["url", "width", "format"],
            },
        },
    },
    "required": [
        "id",
        "alt",
        "alt_language",
        "decorative",
        "caption",
        "credit",
        "width",
        "height",
        "renditions",
    ],
}


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField(help_text="Absolute address of the file (public, cached a year).")
    width = serializers.IntegerField(help_text="In pixels.")
    format = serializers.ChoiceField(choices=["avif", "webp", "jpeg", "png"])


class LeadImageSerializer(serializers.Serializer):
    """The picture at the top of the page, as the page shows it."""

    id = serializers.IntegerField(help_text="The image library's id.")
    alt = serializers.CharField(
        allow_blank=True,
        help_text="Alt text for this page: the page's own, else the image's in the "
        "language asked for, else English. Empty when decorative.",
    )
    alt_language = serializers.CharField(help_text="The language of the alt text.")
    decorative = serializers.BooleanField(help_text="True: the picture adds nothing to the text.")
    caption = serializers.CharField(allow_blank=True)
    credit = serializers.CharField(allow_blank=True, help_text="Who made it, and the licence.")
    width = serializers.IntegerField(help_text="The largest rendition's width, in pixels.")
    height = serializers.IntegerField(help_text="The largest rendition's height, in pixels.")
    renditions = RenditionSerializer(many=True)

    def to_representation(self, item):
        """From the item as ``live_page`` read it; None without a lead image."""
        data = lead_image_data(item, language=words_language(item))
        if data is None:
            return None
        for rendition in data["renditions"]:
            rendition["url"] = self.context["request"].build_absolute_uri(rendition["url"])
        return super().to_representation(data)


class IllustratedSerializer(serializers.Serializer):
    """A detail's lead image. Figures in the text come rendered in its HTML, as on
    the page: ``<figure><picture><source ...><img ... alt width height></picture>
    <figcaption>``, with addresses relative to the site."""

    lead_image = serializers.SerializerMethodField()

    # Written out: OpenAPI 3.0 cannot make a referenced object nullable (allOf + nullable).
    @extend_schema_field(LEAD_IMAGE_SCHEMA)
    def get_lead_image(self, item) -> dict | None:
        return LeadImageSerializer(context=self.context).to_representation(item)
