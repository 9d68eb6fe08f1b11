"""What the API answers, field by field (also the OpenAPI schema's components).

Only what patients can read on the pages: no workflow state, authors,
reviewers' names or staff notes. Dates nobody gave (demo content) are null,
as the pages leave them out.
"""

from django.urls import reverse
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.pictures import IllustratedSerializer
from articles.localise import words_language
from articles.models import Area, Onset, Topic
from clinic.urgency import Urgency
from triage.models import PartKind, SafetyGroup
from triage.safety_net import GROUP_URGENCY, signs_for_card
from triage.texts import outcome_text, rule_text

# Null for sample content (the page shows a sample notice instead).
NULLABLE_DATE = {"type": "string", "format": "date", "nullable": True}


def absolute(context, path: str) -> str:
    return context["request"].build_absolute_uri(path)


def reviewed_dates(item) -> tuple:
    """(last reviewed, next review due), or (None, None) for sample content."""
    if item.is_demo:
        return None, None
    return item.reviewed_on, item.next_review_due


class ProblemParameterSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The query parameter.")
    reason = serializers.CharField()


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details."""

    type = serializers.CharField(help_text="A URI reference; about:blank for plain HTTP errors.")
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    parameter = serializers.CharField(required=False, help_text="The first bad parameter.")
    invalid_params = ProblemParameterSerializer(many=True, required=False)


class ChoiceSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()


def choice(value: str, choices) -> dict:
    return {"value": value, "label": str(dict(choices).get(value, value))}


class HandoutsSerializer(serializers.Serializer):
    pdf = serializers.URLField(help_text="The PDF handout.")
    large_print_pdf = serializers.URLField(help_text="The same handout in large print.")


def handouts(context, url_name: str, item) -> dict:
    with translation.override(words_language(item)):
        pdf = absolute(context, reverse(url_name, args=[item.slug]))
    return {"pdf": pdf, "large_print_pdf": f"{pdf}?size=large"}


class PageLinkSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    language = serializers.SerializerMethodField(
        help_text="The language of the title and texts: the language asked for where "
        "the page has a live translation into it, else en."
    )

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, item) -> str:
        """The page in the language of its words (the English page when untranslated)."""
        with translation.override(words_language(item)):
            return absolute(self.context, item.get_absolute_url())

    def get_language(self, item) -> str:
        return words_language(item)


class PublishedItemSerializer(PageLinkSerializer):
    """The fields articles and conditions share."""

    summary = serializers.CharField()
    last_reviewed = serializers.SerializerMethodField()
    next_review_due = serializers.SerializerMethodField()
    is_sample_content = serializers.BooleanField(source="is_demo")
    reading_minutes = serializers.IntegerField()
    updated = serializers.DateTimeField()
    handouts = serializers.SerializerMethodField()

    handout_url_name = ""

    @extend_schema_field(NULLABLE_DATE)
    def get_last_reviewed(self, item):
        return reviewed_dates(item)[0]

    @extend_schema_field(NULLABLE_DATE)
    def get_next_review_due(self, item):
        return reviewed_dates(item)[1]

    @extend_schema_field(HandoutsSerializer)
    def get_handouts(self, item) -> dict:
        return handouts(self.context, self.handout_url_name, item)


class ArticleSerializer(PublishedItemSerializer):
    topic = serializers.SerializerMethodField()
    related_conditions = PageLinkSerializer(many=True, source="live_conditions")

    handout_url_name = "handouts:article"

    @extend_schema_field(ChoiceSerializer)
    def get_topic(self, article) -> dict:
        return choice(article.topic, Topic.choices)


class ArticleDetailSerializer(IllustratedSerializer, ArticleSerializer):
    body = serializers.CharField(
        help_text="Sanitised HTML, as on the page; pictures as <figure><picture>."
    )


class CareCardSerializer(serializers.Serializer):
    urgency = serializers.ChoiceField(choices=[Urgency.EMERGENCY, Urgency.URGENT, Urgency.ROUTINE])
    urgency_label = serializers.SerializerMethodField()
    heading = serializers.CharField()
    points = serializers.SerializerMethodField()
    action = serializers.CharField()

    def get_urgency_label(self, card) -> str:
        return str(card.get_urgency_display())

    def get_points(self, card) -> list[str]:
        """As on the page: an emergency or urgent card starts with the
        questionnaire's warning signs of its level (an emergency card: the
        emergency group; an urgent card: "see a doctor today", then "get seen
        today"), then its own points."""
        signs = signs_for_card(self.context.get("warning_signs", []), card.urgency)
        return [item.text for item in signs] + card.point_list


class ActivitySerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField(source="display_name", help_text="In the language asked for.")


class ConditionSerializer(PublishedItemSerializer):
    also_known_as = serializers.ListField(child=serializers.CharField(), source="aliases")
    icd10_codes = serializers.ListField(child=serializers.CharField(), source="codes")
    onset = serializers.SerializerMethodField()
    areas = serializers.SerializerMethodField()
    activities = ActivitySerializer(many=True, source="activities.all")
    care_cards = CareCardSerializer(many=True)
    related_articles = PageLinkSerializer(many=True, source="live_articles")

    handout_url_name = "handouts:condition"

    @extend_schema_field(ChoiceSerializer)
    def get_onset(self, condition) -> dict:
        return choice(condition.onset, Onset.choices)

    @extend_schema_field(ChoiceSerializer(many=True))
    def get_areas(self, condition) -> list[dict]:
        return [choice(area, Area.choices) for area in condition.areas]


class SectionSerializer(serializers.Serializer):
    name = serializers.CharField()
    heading = serializers.CharField()
    html = serializers.CharField(
        help_text="Sanitised HTML, as on the page; pictures as <figure><picture>."
    )


class ConditionDetailSerializer(IllustratedSerializer, ConditionSerializer):
    sections = SectionSerializer(many=True)


# The triage questionnaire's public structure --------------------------------


class QuestionSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="The form field's name.")
    text = serializers.CharField()
    help_text = serializers.CharField()
    kind = serializers.ChoiceField(choices=["yes_no", "choice", "number"])
    choices = serializers.SerializerMethodField()
    min_value = serializers.IntegerField(allow_null=True)
    max_value = serializers.IntegerField(allow_null=True)
    unit = serializers.CharField()
    step = serializers.IntegerField(help_text="1: asked first (the emergency screen); 2: the rest.")
    ask_when = serializers.CharField(
        help_text="Asked only when these clauses on earlier answers hold; empty: always."
    )
    red_flag = serializers.BooleanField(help_text="“Yes” is the worrying answer.")

    @extend_schema_field(ChoiceSerializer(many=True))
    def get_choices(self, question) -> list[dict]:
        return [{"value": value, "label": str(label)} for value, label in question.choice_pairs()]


class ReasonWordsSerializer(serializers.Serializer):
    reason = serializers.CharField(help_text="Completes “Because you told us …”.")
    patient_text = serializers.CharField(help_text="What this reason may mean.")
    until_then = serializers.CharField(help_text="What to do until seen.")


class OutcomeSerializer(serializers.Serializer):
    key = serializers.CharField()
    rank = serializers.IntegerField(
        help_text="1 is the most urgent; the best rank that fires wins."
    )
    urgency = serializers.CharField()
    headline = serializers.SerializerMethodField()
    advice = serializers.SerializerMethodField()
    safety_net = serializers.SerializerMethodField()
    reasons = serializers.SerializerMethodField()

    def _filled(self, outcome, field: str) -> str:
        """As patients read it: {emergency_number}, {clinic_phone}... filled in with
        the clinic's words in the text's language (triage.texts.outcome_text)."""
        return outcome_text(outcome, field, self.context["clinic"], self.context["overlay"])

    def get_headline(self, outcome) -> str:
        return self._filled(outcome, "headline")

    def get_advice(self, outcome) -> str:
        return self._filled(outcome, "advice")

    def get_safety_net(self, outcome) -> str:
        return self._filled(outcome, "safety_net")

    @extend_schema_field(ReasonWordsSerializer(many=True))
    def get_reasons(self, outcome) -> list[dict]:
        """The reasons that lead to this outcome and have their own words: a
        result shows those of the reasons that fired (CLINICAL.md 3.1)."""
        clinic, overlay = self.context["clinic"], self.context["overlay"]
        found = []
        for rule in self.context["rules"]:
            if rule.outcome_id != outcome.pk or not (rule.patient_text or rule.until_then):
                continue
            reason = rule.reason
            if overlay is not None:
                reason = overlay.text(PartKind.RULE, rule.key, "reason", reason)
            found.append(
                {
                    "reason": reason,
                    "patient_text": rule_text(rule, "patient_text", clinic, overlay),
                    "until_then": rule_text(rule, "until_then", clinic, overlay),
                }
            )
        return found


class WarningSignSerializer(serializers.Serializer):
    level = serializers.ChoiceField(
        choices=SafetyGroup.values,
        help_text="The safety net's group, most urgent first: emergency (call the emergency "
        "number or go to the ER now), urgent_doctor (see a doctor today), urgent (get seen "
        "today at the clinic or urgent care).",
    )
    level_label = serializers.SerializerMethodField()
    urgency = serializers.SerializerMethodField(
        help_text="The care-card level that shows this sign: emergency or urgent."
    )
    text = serializers.CharField()

    def get_level_label(self, item) -> str:
        return str(SafetyGroup(item.level).label)

    def get_urgency(self, item) -> str:
        return str(GROUP_URGENCY[SafetyGroup(item.level)])


class QuestionnaireSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    title = serializers.CharField()
    introduction = serializers.CharField()
    is_sample_content = serializers.BooleanField(source="is_demo")
    approved_on = serializers.SerializerMethodField()
    questions = QuestionSerializer(many=True, source="questions.all")
    outcomes = OutcomeSerializer(many=True, source="outcomes.all")
    default_outcome = serializers.SerializerMethodField()
    warning_signs = WarningSignSerializer(many=True, source="safety_net.all")

    @extend_schema_field(NULLABLE_DATE)
    def get_approved_on(self, questionnaire):
        return None if questionnaire.is_demo else questionnaire.approved_on

    @extend_schema_field({"type": "string", "nullable": True})
    def get_default_outcome(self, questionnaire):
        """The outcome key when no rule fires."""
        outcome = questionnaire.default_outcome
        return outcome.key if outcome else None
