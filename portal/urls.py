from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.sitemaps import ArticleSitemap, ConditionSitemap
from clinic.csp_reports import csp_report
from clinic.pagecache import cache_public_page
from portal import views

sitemaps = {"articles": ArticleSitemap, "conditions": ConditionSitemap}

urlpatterns = [
    path("", cache_public_page(views.HomeView.as_view()), name="home"),
    path("articles/", include("articles.urls")),
    path("conditions/", include("articles.urls_conditions")),
    path("search/", include("search.urls")),
    path("triage/", include("triage.urls")),
    path("", include("handouts.urls")),
    path("api/", include("api.urls")),
    path("healthz", views.healthz, name="healthz"),
    # Never cached: a POST that only counts (clinic/csp_reports.py).
    path(settings.CSP_REPORT_URL.strip("/") + "/", csp_report, name="csp_report"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", cache_public_page(sitemap), {"sitemaps": sitemaps}, name="sitemap"),
    path(settings.ADMIN_URL, admin.site.urls),
]

if settings.BENCH_BARE_VIEW:
    urlpatterns.append(path("bench/bare/", views.bench_bare))

handler500 = "portal.views.server_error"
