"""PDF handouts: a Django template rendered to a tagged PDF by WeasyPrint.

Every PDF of the portal comes through here: ``handout_context`` builds what
every handout template gets and ``handout_response`` renders and serves it (a
page, a triage result, a pack). The PDF is PDF/UA-1 (tagged, with a structure tree, the
document title and language), so screen readers can read the handouts. The
stylesheet is read from disk and nothing is fetched over the network.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, override
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from clinic import sharedcache
from clinic.models import ClinicSettings, ContentVersion
from handouts.figures import with_print_figures
from images.printing import open_print_rendition, print_name
from publishing.printed_links import short_address

HANDOUT_CSS = "css/handout.css"
CACHE_SECONDS = 24 * 3600

SIZES = {"normal", "large"}


@dataclass(frozen=True)
class PrintOptions:
    """What changes a handout's layout: large print, and the clinic's paper."""

    size: str
    paper: str

    @classmethod
    def from_request(cls, request, clinic: ClinicSettings) -> "PrintOptions":
        size = request.GET.get("size", "normal")
        return cls(size=size if size in SIZES else "normal", paper=clinic.paper_size)

    @property
    def large(self) -> bool:
        return self.size == "large"


def qr_svg(url: str) -> str:
    """An inline SVG QR code for ``url`` (sized by the handout stylesheet)."""
    return segno.make(url, error="m").svg_inline(scale=1, border=2, omitsize=True, title=url)


class NoFetching(URLFetcher):
    """Handouts are self-contained (stylesheet from disk, QR code inline): the one
    thing a handout embeds is a picture's print rendition (``print-rendition:<name>``,
    images/printing.py), read from the renditions storage, never over HTTP. Any
    other address (http, https, file, data...) is refused, so rendering cannot
    reach the network or other files. ``requested``: every address asked for."""

    def __init__(self):
        super().__init__()
        self.requested: list[str] = []

    def fetch(self, url, headers=None):
        self.requested.append(url)
        name = print_name(url)
        if name is None:
            raise ValueError(f"Handouts do not load external resources ({url}).")
        body, mime = open_print_rendition(name)
        return URLFetcherResponse(url, body, {"Content-Type": mime})


def render_pdf(
    template_name: str,
    context: dict,
    *,
    title: str,
    lang: str = "en",
    base_url: str = "",
    fetcher: URLFetcher | None = None,
) -> bytes:
    """``fetcher``: NoFetching unless given (tests pass one to see what was asked)."""
    html = render_to_string(template_name, {**context, "pdf_title": title, "lang": lang})
    stylesheet = CSS(filename=finders.find(HANDOUT_CSS))
    document = HTML(string=html, base_url=base_url or None, url_fetcher=fetcher or NoFetching())
    return document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1", pdf_tags=True)


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(False, filename)
    return response


def handout_cache_key(*parts) -> str:
    """Key for a cached PDF: the item's and its translation's versions (``parts``),
    print options, the content version (anything patients see: a related page,
    a translation published or withdrawn, the clinic's words), clinic settings,
    the day and the language."""
    clinic = ClinicSettings.load()
    parts = (
        *parts,
        ContentVersion.current(),
        clinic.updated.isoformat(),
        timezone.localdate(),
        get_language(),
    )
    raw = "|".join(str(p) for p in parts)
    return "handout:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_pdf(key: str, render) -> tuple[bytes, bool]:
    """(pdf, served from cache). The shared cache unreachable: rendered uncached."""
    pdf = sharedcache.get(key)
    if pdf is not None:
        return pdf, True
    pdf = render()
    sharedcache.set(key, pdf, CACHE_SECONDS)
    return pdf, False


def handout_context(
    clinic: ClinicSettings, options: PrintOptions, page_url: str | None, site_url: str
) -> dict:
    """What every handout template gets, whatever it prints.

    ``site_url``: the site's address (the request's scheme and host), against
    which links in rich text are made absolute so they print in full.
    """
    return {
        "clinic": clinic,
        "options": options,
        "printed_on": timezone.localdate(),
        # No page_url: a private page (a triage result) gets no QR code or address.
        "qr_svg": qr_svg(page_url) if page_url else "",
        "short_url": short_address(page_url) if page_url else "",
        "page_url": page_url or "",
        "site_url": site_url,
    }


def english_url(request, item) -> str:
    """The absolute address of the English page (printed when a page is not translated)."""
    with override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(item.get_absolute_url())


def item_context(request, item) -> dict:
    """One article or condition inside a pack, with its own QR code."""
    url = request.build_absolute_uri(item.get_absolute_url())
    return {
        "item": with_print_figures(item),
        "english_url": english_url(request, item),
        "kind": item._meta.model_name,
        "qr_svg": qr_svg(url),
        "short_url": short_address(url),
    }


def handout_response(
    request,
    *,
    template: str,
    title: str,
    page_url: str | None,
    filename: str,
    context: dict | Callable[[], dict],
    cache_parts: tuple | None = None,
    options: PrintOptions | None = None,
) -> HttpResponse:
    """A PDF handout of one page, served from the cache when ``cache_parts`` is given.

    ``cache_parts`` must change whenever the content does (a version number).
    ``page_url`` None: a private page, printed with no QR code or address.
    ``options``: large print and paper, from the request's ``?size=`` if not given.
    ``context`` may be a function: called only when the PDF is rendered (a
    cached PDF needs no page read).
    """
    clinic = ClinicSettings.load()
    options = options or PrintOptions.from_request(request, clinic)
    if options.large:
        filename = filename.replace(".pdf", "-large-print.pdf")
    site_url = request.build_absolute_uri("/")
    # The request itself (not its context processors): the page's body, which
    # every handout prints, makes the addresses it prints from it.
    base_context = {**handout_context(clinic, options, page_url, site_url), "request": request}

    def render():
        full_context = {**base_context, **(context() if callable(context) else context)}
        return render_pdf(
            template, full_context, title=title, lang=get_language() or "en", base_url=site_url
        )

    if cache_parts is None:
        pdf, hit = render(), False
    else:
        pdf, hit = cached_pdf(
            handout_cache_key(*cache_parts, options.size, options.paper, page_url), render
        )
    response = pdf_response(pdf, filename)
    response["X-Handout-Cache"] = "hit" if hit else "miss"
    return response
