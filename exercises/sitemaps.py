"""sitemap.xml: live exercises and programme templates, as the articles' sitemap
lists articles (articles/sitemaps.py): each in English and at the address of
each live translation, with hreflang alternates; no other language."""

from articles.sitemaps import ArticleSitemap
from exercises.models import Exercise, ProgrammeTemplate


class ExerciseSitemap(ArticleSitemap):
    model = Exercise


class ProgrammeTemplateSitemap(ArticleSitemap):
    model = ProgrammeTemplate
