"""The Infobutton answer's shape and parameters, for the OpenAPI schema."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import serializers

from api import infobutton
from api.language_parameter import codes
from api.serializers import NULLABLE_DATE

INFOBUTTON_PARAMETERS = [
    OpenApiParameter(
        infobutton.CODE,
        OpenApiTypes.STR,
        many=True,
        description="Diagnosis code; repeat for several. ICD-10-CM codes match exactly or by "
        "prefix, with or without the dot (M17.11, M1711, S83.5).",
    ),
    OpenApiParameter(
        infobutton.CODE_SYSTEM,
        OpenApiTypes.STR,
        description=f"The codes' system as an OID: {infobutton.ICD10_CM} for ICD-10-CM. "
        "Another system answers an empty feed.",
    ),
    OpenApiParameter(
        infobutton.DISPLAY_NAME,
        OpenApiTypes.STR,
        description="The diagnosis in words; used when no code matches (e.g. meniscus).",
    ),
    OpenApiParameter(
        infobutton.LANGUAGE,
        OpenApiTypes.STR,
        enum=codes(),
        description="The reader's language (default en). Entries say which language they are in.",
    ),
    OpenApiParameter(
        infobutton.RESPONSE_TYPE,
        OpenApiTypes.STR,
        enum=[infobutton.JSON, infobutton.XML],
        description="application/json (default) or text/xml (an Atom feed).",
    ),
]


class ProgrammeTemplateLinkSerializer(serializers.Serializer):
    title = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.URLField(help_text="The exercise programme's page.")
    language = serializers.CharField(
        help_text="The language of its title and summary: the language asked for where "
        "the programme has a live translation into it, else en."
    )


class EntrySerializer(serializers.Serializer):
    title = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.URLField(help_text="The condition's page.")
    handout_pdf = serializers.URLField()
    handout_pdf_large_print = serializers.URLField()
    last_reviewed = serializers.SerializerMethodField(help_text="Null for sample content.")
    updated = serializers.DateTimeField()
    language = serializers.CharField()
    icd10_codes = serializers.ListField(child=serializers.CharField())
    programme_templates = ProgrammeTemplateLinkSerializer(
        many=True, help_text="The condition's live exercise programmes, by name."
    )

    @extend_schema_field(NULLABLE_DATE)
    def get_last_reviewed(self, entry):  # pragma: no cover - documentation only
        return entry["last_reviewed"]


class AuthorSerializer(serializers.Serializer):
    name = serializers.CharField()
    uri = serializers.URLField()


class AskedSerializer(serializers.Serializer):
    codes = serializers.ListField(child=serializers.CharField())
    code_system = serializers.CharField()
    display_name = serializers.CharField()
    language = serializers.CharField()


class FeedSerializer(serializers.Serializer):
    id = serializers.URLField()
    title = serializers.CharField()
    subtitle = serializers.CharField()
    updated = serializers.DateTimeField()
    language = serializers.CharField(help_text="The language asked for: the feed's own words.")
    author = AuthorSerializer()
    request = AskedSerializer()
    entry = EntrySerializer(many=True)


class InfobuttonFeedSerializer(serializers.Serializer):
    feed = FeedSerializer()
