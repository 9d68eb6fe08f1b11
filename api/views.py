"""Thin read-only views: live content only, from each model's ``published()``."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularAPIView
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework.viewsets import ReadOnlyModelViewSet

from api import infobutton
from api.caching import CachedReadMixin, ProblemsInJSONMixin
from api.filters import ArticleFilter, ConditionFilter
from api.infobutton_schema import INFOBUTTON_PARAMETERS, InfobuttonFeedSerializer
from api.language_parameter import LANGUAGE_PARAMETER, InLanguageMixin
from api.pagination import StrictPageNumberPagination
from api.problems import TYPES, type_uri
from api.serializers import (
    ArticleDetailSerializer,
    ArticleSerializer,
    ConditionDetailSerializer,
    ConditionSerializer,
    QuestionnaireSerializer,
)
from articles.filters import activities_named_in_page_language
from articles.localise import (
    NAME_HERE,
    localise_all,
    page_language,
    with_name_in,
)
from articles.models import Article, Condition
from articles.selectors import live_page
from clinic.models import ClinicSettings
from clinic.pagecache import cache_public_page
from triage.selectors import warning_signs
from triage.services import questionnaire_for_patients
from triage.texts import patient_language


class LiveContentViewSet(InLanguageMixin, CachedReadMixin, ReadOnlyModelViewSet):
    lookup_field = "slug"
    filter_backends = [DjangoFilterBackend]
    pagination_class = StrictPageNumberPagination
    detail_serializer_class = None

    def get_serializer_class(self):
        return self.detail_serializer_class if self.action == "retrieve" else self.serializer_class

    def get_queryset(self):
        """Live items by their name in the page's language, with the rows each shows."""
        return (
            with_name_in(self.model.objects.published())
            .order_by(NAME_HERE, "pk")
            .prefetch_related(*self.related_rows())
        )

    def related_rows(self) -> list:
        return []

    @extend_schema(parameters=[LANGUAGE_PARAMETER])
    def list(self, request, *args, **kwargs):
        parent = super().list
        return Response(self.remembered(request, lambda: parent(request, *args, **kwargs).data))

    @extend_schema(parameters=[LANGUAGE_PARAMETER])
    def retrieve(self, request, *args, **kwargs):
        parent = super().retrieve
        return Response(self.remembered(request, lambda: parent(request, *args, **kwargs).data))

    # In the language asked for (api/language_parameter.py): one query per list.
    def paginate_queryset(self, queryset):
        return localise_all(super().paginate_queryset(queryset), related=True)

    def get_object(self):
        # The one read a page, its PDF and the API share: live only, in this language.
        try:
            item = live_page(self.model, self.kwargs[self.lookup_field], language=page_language())
        except (TypeError, ValueError, ValidationError):
            # As DRF's own lookup: any text may reach it (a NUL byte is a ValueError).
            raise Http404 from None
        self.check_object_permissions(self.request, item)
        return item


@extend_schema(tags=["content"])
class ArticleViewSet(LiveContentViewSet):
    """Live articles, by title."""

    model = Article
    serializer_class = ArticleSerializer
    detail_serializer_class = ArticleDetailSerializer
    filterset_class = ArticleFilter

    def related_rows(self):
        return [
            Prefetch(
                "related_conditions",
                queryset=Condition.objects.published().order_by("title"),
                to_attr="live_conditions",
            )
        ]


@extend_schema(tags=["content"])
class ConditionViewSet(LiveContentViewSet):
    """Live conditions, filtered as the catalogue (/conditions/) filters them."""

    model = Condition
    serializer_class = ConditionSerializer
    detail_serializer_class = ConditionDetailSerializer
    filterset_class = ConditionFilter

    def related_rows(self):
        return [
            "care_advice",
            Prefetch("activities", queryset=activities_named_in_page_language()),
            Prefetch(
                "related_articles",
                queryset=Article.objects.published().order_by("title"),
                to_attr="live_articles",
            ),
        ]

    def get_serializer_context(self):
        # Emergency and urgent cards list the questionnaire's warning signs, as on the page.
        signs = warning_signs(patient_language())  # in this language
        return {**super().get_serializer_context(), "warning_signs": signs}


@extend_schema(tags=["triage"])
class QuestionnaireView(InLanguageMixin, CachedReadMixin, APIView):
    """The live triage questionnaire's public structure: questions, outcomes, warning signs."""

    @extend_schema(parameters=[LANGUAGE_PARAMETER], responses={200: QuestionnaireSerializer})
    def get(self, request):
        def load():
            questionnaire, _spec = questionnaire_for_patients()
            if questionnaire is None:
                return None
            context = {
                "clinic": ClinicSettings.load(),
                "overlay": questionnaire.overlay,
                "rules": questionnaire.rules.all(),  # prefetched with the questionnaire
            }
            return QuestionnaireSerializer(questionnaire, context=context).data

        data = self.remembered(request, load)
        if data is None:
            raise NotFound(_("No questionnaire is published at the moment."))
        return Response(data)


@extend_schema(tags=["infobutton"])
class InfobuttonView(CachedReadMixin, APIView):
    """HL7 Infobutton knowledge request (URL-based, as MedlinePlus Connect)."""

    @extend_schema(
        parameters=INFOBUTTON_PARAMETERS,
        responses={
            200: InfobuttonFeedSerializer,
            (200, "text/xml"): OpenApiResponse(
                OpenApiTypes.STR,
                description="The same feed as Atom (knowledgeResponseType=text/xml).",
            ),
        },
    )
    def get(self, request):
        asked = infobutton.parse(request.query_params)
        data = self.remembered(
            request,
            lambda: infobutton.feed(
                asked,
                clinic=ClinicSettings.load(),
                absolute=request.build_absolute_uri,
                self_url=request.build_absolute_uri(),
            ),
        )
        if asked.response_type == infobutton.XML:
            return HttpResponse(infobutton.atom(data), content_type="text/xml; charset=utf-8")
        return Response(data)


@extend_schema(exclude=True)
class SchemaView(CachedReadMixin, SpectacularAPIView):
    """The OpenAPI 3 schema (YAML; JSON with ?format=json), built once per version."""

    content_negotiation_class = SpectacularAPIView.content_negotiation_class

    def get(self, request, *args, **kwargs):
        parent = super().get
        data = self.remembered(request, lambda: parent(request, *args, **kwargs).data)
        return Response(data)


@extend_schema(exclude=True)
class ProblemTypeView(CachedReadMixin, APIView):
    """What one of our problem ``type`` URIs means."""

    def get(self, request, name):
        if name not in TYPES:
            raise NotFound(_("There is no such problem type."))
        title, description = TYPES[name]
        return Response({"type": type_uri(name), "title": title, "description": description})


@extend_schema(exclude=True)
class NotFoundView(ProblemsInJSONMixin, APIView):
    """Any other address under /api/: a problem, not the site's HTML 404 page."""

    def get(self, request, *args, **kwargs):
        raise NotFound(_("There is nothing at this address in the API."))


# Swagger UI from our own static files; its start-up script is a file too
# (static/js/api-docs.js), so the page runs under the strict CSP unchanged.
docs = csrf_exempt(cache_public_page(TemplateView.as_view(template_name="api/docs.html")))
