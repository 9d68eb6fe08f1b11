from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import set_language

from articles.sitemaps import ArticleSitemap, ConditionSitemap
from clinic.csp_reports import csp_report
from clinic.pagecache import cache_public_page
from exercises.sitemaps import ExerciseSitemap, ProgrammeTemplateSitemap
from images.views import rendition
from portal import views
from portal.sitemaps import PublicPagesSitemap

sitemaps = {
    "pages": PublicPagesSitemap,
    "articles": ArticleSitemap,
    "conditions": ConditionSitemap,
    "exercises": ExerciseSitemap,
    "programme-templates": ProgrammeTemplateSitemap,
}

# Not in a language: the same address whatever the page's language.
urlpatterns = [
    path("api/", include("api.urls")),
    path("healthz", views.healthz, name="healthz"),
    # Never cached: a POST that only counts (clinic/csp_reports.py).
    path(settings.CSP_REPORT_URL.strip("/") + "/", csp_report, name="csp_report"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", cache_public_page(sitemap), {"sitemaps": sitemaps}, name="sitemap"),
    # The admin's language picker (a POST that sets the language cookie).
    path(f"{settings.ADMIN_URL}language/", set_language, name="set_language"),
    path(settings.ADMIN_URL, admin.site.urls),
    # Picture renditions from the local file system (images/views.py; 404 with object storage).
    path(f"{settings.MEDIA_URL.strip('/')}/renditions/<path:name>", rendition, name="rendition"),
]

# Patients' pages: English at today's addresses, Spanish under /es/. A visit
# is never redirected by language (clinic/languages.py).
urlpatterns += i18n_patterns(
    path("", cache_public_page(views.HomeView.as_view()), name="home"),
    path("articles/", include("articles.urls")),
    path("conditions/", include("articles.urls_conditions")),
    path("exercises/", include("exercises.urls")),
    path("search/", include("search.urls")),
    path("triage/", include("triage.urls")),
    path("", include("handouts.urls")),
    prefix_default_language=False,
)

if settings.BENCH_BARE_VIEW:
    urlpatterns.append(path("bench/bare/", views.bench_bare))

handler500 = "portal.views.server_error"
