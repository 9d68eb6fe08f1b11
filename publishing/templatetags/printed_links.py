"""``{{ html|links_for_print:site_url }}``: rich text whose links print their address."""

from django import template

from publishing.printed_links import links_for_print

register = template.Library()

register.filter("links_for_print", links_for_print, is_safe=True)
