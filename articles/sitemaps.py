from django.contrib.sitemaps import Sitemap

from articles.models import Article, Condition


class ArticleSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().order_by("slug")

    def lastmod(self, item):
        return item.updated


class ConditionSitemap(ArticleSitemap):
    def items(self):
        return Condition.objects.published().order_by("slug")
