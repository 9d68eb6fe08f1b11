from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PublicPagesSitemap(Sitemap):
    """The pages that are not content items (home, the lists, triage), in
    every language, each entry with its hreflang alternates and x-default."""

    changefreq = "weekly"
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["home", "articles:list", "conditions:list", "exercises:list", "triage:form"]

    def location(self, item):
        return reverse(item)
