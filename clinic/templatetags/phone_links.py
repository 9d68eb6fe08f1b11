"""Phone numbers a patient can tap on a phone: ``tel:`` links.

``{{ clinic.phone|tel_link }}`` is the number as a link; ``{{ text|tel_links:clinic }}``
is a text (escaped) with the clinic's own numbers in it made links, for texts
that name them through {clinic_phone} and {emergency_number} (and any other US
number written in it); and
``{{ number|tel_number }}`` is what goes after ``tel:``.
"""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def tel_number(number) -> str:
    """What follows ``tel:``: the number without its spaces (brackets and dashes are
    RFC 3966 visual separators, so they may stay, as elsewhere in the portal)."""
    return re.sub(r"\s", "", str(number or ""))


@register.filter
def tel_link(number):
    """``number`` as a ``tel:`` link showing the number as the clinic writes it."""
    if not re.search(r"\d", str(number or "")):
        return number or ""
    return format_html('<a class="tel" href="tel:{}">{}</a>', tel_number(number), number)


# Other US numbers a text may hold, as clinics write them: "(312) 555-0199" or
# "312-555-0199" (an after-hours nurse line in the clinic's words, say).
US_NUMBER = r"\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}"


@register.filter(needs_autoescape=True)
def tel_links(text, clinic, autoescape=True):
    """``text`` with each of the clinic's numbers (phone, emergency) and any other
    US phone number made a ``tel:`` link. A number inside a longer run of digits
    is left alone."""
    escape = conditional_escape if autoescape else str
    text = escape(text)
    numbers = sorted(
        {
            str(n)
            for n in (getattr(clinic, "phone", ""), getattr(clinic, "emergency_number", ""))
            if n
        },
        key=len,
        reverse=True,
    )
    by_escaped = {str(escape(n)): n for n in numbers}
    alternatives = [re.escape(escaped) for escaped in by_escaped] + [US_NUMBER]
    pattern = re.compile(r"(?<![\d+])(" + "|".join(alternatives) + r")(?!\d)")
    return mark_safe(
        pattern.sub(lambda m: str(tel_link(by_escaped.get(m.group(1), m.group(1)))), str(text))
    )
