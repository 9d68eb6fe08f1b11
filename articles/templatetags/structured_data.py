from django import template
from django.urls import reverse

from articles import structured_data
from articles.localise import words_language

register = template.Library()


@register.simple_tag(takes_context=True)
def page_json_ld(context, item):
    """The page's schema.org description, for an article or a condition."""
    request = context["request"]
    return structured_data.as_script(
        structured_data.page_data(
            item,
            url=request.build_absolute_uri(item.get_absolute_url()),
            clinic=context["clinic"],
            home_url=request.build_absolute_uri(reverse("home")),
            # The language of the words shown: English on a Spanish page with no
            # live translation.
            language=words_language(item),
            absolute=request.build_absolute_uri,
        )
    )


@register.simple_tag(takes_context=True)
def clinic_json_ld(context):
    request = context["request"]
    data = structured_data.clinic_data(
        context["clinic"], url=request.build_absolute_uri(reverse("home"))
    )
    return structured_data.as_script({"@context": "https://schema.org", **data})
