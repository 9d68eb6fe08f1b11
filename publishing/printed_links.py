"""Links in rich text, ready for paper: absolute, and with an address to print.

On paper a link is only its text. A patient needs the address to type, and a
link to one of our pages is stored as a path (``/articles/...``), which means
nothing without the clinic's site in front of it. ``links_for_print`` makes
each href absolute against the site the page was asked for (the request's
scheme and host) and puts the short address a person would type in a
``data-print-address`` attribute; the handout and print stylesheets show it
after the link text. Nothing shows on screen.

The HTML comes from the rich-text sanitiser, so it is well formed; only ``<a>``
start tags are rebuilt, every other piece of markup is copied as it came.
"""

import re
from html import escape, unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from django.utils.safestring import SafeString, mark_safe

PRINT_ADDRESS = "data-print-address"


def short_address(url: str) -> str:
    """An address as a person would type it: no scheme, no trailing slash."""
    return url.split("://", 1)[-1].rstrip("/")


def _squashed(text: str) -> str:
    return "".join(text.split()).lower()


def print_address(href: str, link_text: str) -> str:
    """What to print after a link, or "" when the text already says it or it means nothing on paper."""
    scheme = urlsplit(href).scheme.lower()
    if scheme in ("http", "https"):
        address = short_address(href)
        already_shown = _squashed(address) in _squashed(link_text)
    elif scheme in ("mailto", "tel"):
        address = unescape(href.split(":", 1)[1].split("?", 1)[0])
        # A phone number is shown in many ways: (312) 555-0142, 312 555 0142.
        digits = re.sub(r"\D", "", address) if scheme == "tel" else ""
        already_shown = (
            digits in re.sub(r"\D", "", link_text)
            if digits
            else _squashed(address) in _squashed(link_text)
        )
    else:
        return ""
    return "" if already_shown else address


class _LinkRewriter(HTMLParser):
    def __init__(self, base_url: str):
        super().__init__(convert_charrefs=False)
        self.base_url = base_url
        self.out: list[str] = []
        self.link: tuple[int, list] | None = None  # (index of its start tag in out, attrs)
        self.link_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag != "a":
            self.out.append(self.get_starttag_text())
            return
        self._finish_link()
        self.link = (len(self.out), attrs)
        self.link_text = []
        self.out.append("")  # the start tag, written when the link text is known

    def handle_endtag(self, tag):
        if tag == "a":
            self._finish_link()
        self.out.append(f"</{tag}>")

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_data(self, data):
        self.out.append(data)
        self.link_text.append(data)

    def handle_entityref(self, name):
        self.out.append(f"&{name};")
        self.link_text.append(unescape(f"&{name};"))

    def handle_charref(self, name):
        self.out.append(f"&#{name};")
        self.link_text.append(unescape(f"&#{name};"))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def _finish_link(self):
        if self.link is None:
            return
        index, attrs = self.link
        self.link = None
        attrs = dict(attrs)
        href = (attrs.get("href") or "").strip()
        if href and not href.startswith("#"):
            attrs["href"] = href = urljoin(self.base_url, href)
            address = print_address(href, "".join(self.link_text))
            if address:
                attrs[PRINT_ADDRESS] = address
        self.out[index] = "<a" + "".join(_attribute(n, v) for n, v in attrs.items()) + ">"

    def result(self) -> str:
        self.close()
        self._finish_link()
        return "".join(self.out)


def _attribute(name: str, value: str | None) -> str:
    return f" {name}" if value is None else f' {name}="{escape(value, quote=True)}"'


def links_for_print(html: str, base_url: str) -> SafeString:
    """``html`` (sanitised rich text) with absolute links that carry their printed address.

    ``base_url`` is the site's address, e.g. ``request.build_absolute_uri("/")``.
    """
    rewriter = _LinkRewriter(base_url)
    rewriter.feed(html or "")
    # The input was sanitised and every rebuilt attribute value is escaped again.
    return mark_safe(rewriter.result())
