from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="list"),
    path("<slug:slug>/handout.pdf", views.ArticleHandoutView.as_view(), name="handout"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
]
