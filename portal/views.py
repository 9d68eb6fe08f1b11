import logging
import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from api.problems import is_api_request, unavailable_response
from articles.localise import localise_all, page_language
from articles.models import Article, Condition, Topic
from articles.selectors import all_reviewed
from clinic import sharedcache
from clinic.memo import BodyForEveryoneMixin
from triage.models import Questionnaire

logger = logging.getLogger(__name__)


class HomeView(BodyForEveryoneMixin, TemplateView):
    """Topics and the latest live articles: the same for everyone."""

    template_name = "portal/_home_body.html"
    page_template = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest_articles"] = localise_all(
            Article.objects.published().order_by("-updated")[:4]
        )
        context["topics"] = Topic.choices
        # "Checked by our clinical team" only when it is true of all the home page
        # leads to: every live article and condition, and the questionnaire.
        context["all_reviewed"] = all_reviewed(
            (Article, Condition),
            page_language(),
            more=[Questionnaire.objects.published().filter(is_demo=True)],
        )
        return context


@never_cache
@require_GET
def healthz(request):
    """Liveness, database and shared-cache check for load balancers and monitoring:
    each part's state, and 503 when one of them cannot be reached."""
    parts = {"database": _database_answers(), "cache": sharedcache.check()}
    report = {name: "ok" if up else "unreachable" for name, up in parts.items()}
    if all(parts.values()):
        return JsonResponse({"status": "ok", **report})
    logger.warning("healthz %s", " ".join(f"{name}={state}" for name, state in report.items()))
    return JsonResponse({"status": "error", **report}, status=503)


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def server_error(request):
    """handler500: a database that cannot be reached is a 503, not a 500."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        return service_unavailable(request, error)
    return defaults.server_error(request)


def service_unavailable(request, error=None):
    """A friendly page that needs neither the database nor the request context
    (for the API, a problem in JSON).

    One log line per request (Django's own record of the error is filtered
    out, portal.logging.OneLinePerOutage); the traceback only at DEBUG level.
    """
    logger.error(
        "service_unavailable reason=database path=%s error=%s",
        request.path,
        type(error).__name__ if error else "",
    )
    if error is not None:
        logger.debug("service_unavailable traceback", exc_info=error)
    if is_api_request(request):
        return unavailable_response()
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def bench_bare(request):
    """The benchmark's floor: Django and our middleware, no database, no template,
    a body of ``?bytes=`` bytes (the size of the page it is compared with)."""
    size = int(request.GET.get("bytes", "2")) if request.GET.get("bytes", "").isdigit() else 2
    return HttpResponse(b"x" * min(size, 1_000_000), content_type="text/html; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers (and the admin's pages) ask for /favicon.ico; it lives in static files."""
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


def language_prefixes() -> list[str]:
    """ "" for the default language (unprefixed addresses), "/es" and so on."""
    return [
        "" if code == settings.LANGUAGE_CODE else f"/{code}" for code, _name in settings.LANGUAGES
    ]


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        # A custom admin prefix stays unlisted: robots.txt is public.
        *(["Disallow: /admin/"] if settings.ADMIN_URL == "admin/" else []),
        # Staff printing and private triage results, in every language.
        *(
            f"Disallow: {prefix}{private}"
            for prefix in language_prefixes()
            for private in ("/handouts/", "/triage/result/")
        ),
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
