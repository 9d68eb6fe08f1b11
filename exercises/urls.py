from django.urls import path

from clinic.pagecache import cache_public_page
from exercises import programme_views, views

app_name = "exercises"

urlpatterns = [
    path("", views.ExerciseListView.as_view(), name="list"),
    path(
        "programmes/<slug:slug>/",
        cache_public_page(programme_views.TemplateDetailView.as_view()),
        name="template",
    ),
    path(
        "programme/<str:token>/",
        cache_public_page(programme_views.ProgrammeView.as_view()),
        name="programme",
    ),
    path("<slug:slug>/", views.ExerciseDetailView.as_view(), name="detail"),
]
