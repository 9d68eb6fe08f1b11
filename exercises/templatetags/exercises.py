"""Exercise tags for templates: an exercise's dose in words, its JSON-LD, and the
live exercises and programme templates a condition page lists. Tags never query:
they call exercises.selectors (condition pages are articles', which never
import exercises: they ``{% load exercises %}``)."""

from django import template
from django.urls import reverse

from articles import structured_data as page_structured_data
from articles.localise import page_language, words_language
from exercises import selectors, structured_data
from exercises.dose import Dose, describe

register = template.Library()


@register.simple_tag
def dose_lines(item) -> list[str]:
    """The dose of an exercise (or a template's item) in plain words, one line each."""
    return describe(Dose.of(item))


@register.simple_tag
def live_exercises_for(condition) -> list:
    """The live exercises that help ``condition``, in the page's language."""
    return selectors.exercises_for_condition(condition.pk, page_language())


@register.simple_tag
def live_templates_for(condition) -> list:
    """The live programme templates of ``condition``, in the page's language."""
    return selectors.templates_for_condition(condition.pk, page_language())


@register.simple_tag(takes_context=True)
def exercise_json_ld(context, item):
    """The exercise page's schema.org description."""
    request = context["request"]
    return page_structured_data.as_script(
        structured_data.exercise_data(
            item,
            url=request.build_absolute_uri(item.get_absolute_url()),
            clinic=context["clinic"],
            home_url=request.build_absolute_uri(reverse("home")),
            language=words_language(item),
            absolute=request.build_absolute_uri,
        )
    )
