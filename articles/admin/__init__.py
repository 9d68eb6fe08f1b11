from articles.admin.article import ArticleAdmin

__all__ = ["ArticleAdmin"]
