from django.urls import path

from handouts import views

app_name = "handouts"

# Mounted at the site root: a page's handout sits under the page's own address.
urlpatterns = [
    path("articles/<slug:slug>/handout.pdf", views.ArticleHandoutView.as_view(), name="article"),
    path(
        "conditions/<slug:slug>/handout.pdf", views.ConditionHandoutView.as_view(), name="condition"
    ),
    path("exercises/<slug:slug>/handout.pdf", views.ExerciseHandoutView.as_view(), name="exercise"),
    path("handouts/", views.handouts_view, name="choose"),
    path("handouts/programme/", views.programme_view, name="programme"),
]
