"""sitemap.xml: every live page, in each language it is live in, with hreflang alternates.

An English page is listed at its own address and, when it has live
translations, at theirs (/es/...); each entry names the others as
alternates. Languages without a live translation are left out, so search
engines are never sent to an English page under a Spanish address.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Prefetch

from articles.localise import translation_model
from articles.models import Article, Condition


class ArticleSitemap(Sitemap):
    model = Article
    changefreq = "monthly"
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        live = translation_model(self.model).objects.published().only("source_id", "language")
        return (
            self.model.objects.published()
            .order_by("slug")
            .prefetch_related(Prefetch("translations", queryset=live, to_attr="live_translations"))
        )

    def get_languages_for_item(self, item):
        return [settings.LANGUAGE_CODE] + sorted(t.language for t in item.live_translations)

    def lastmod(self, item):
        return item.updated


class ConditionSitemap(ArticleSitemap):
    model = Condition
