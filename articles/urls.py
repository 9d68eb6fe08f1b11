from django.urls import path

from articles import views
from clinic.pagecache import cache_public_page

app_name = "articles"

urlpatterns = [
    path("", cache_public_page(views.ArticleListView.as_view()), name="list"),
    path("<slug:slug>/", cache_public_page(views.ArticleDetailView.as_view()), name="detail"),
]
