"""``{{ html|links_for_print:site_url }}``: rich text whose links print their address."""

from django import template

from publishing.printed_links import links_for_print, short_address

register = template.Library()

register.filter("links_for_print", links_for_print, is_safe=True)


@register.filter
def printed_address(path: str, request) -> str:
    """``{{ url|printed_address:request }}``: the short absolute address a link prints."""
    return short_address(request.build_absolute_uri(path))
