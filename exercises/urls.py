from django.urls import path

from exercises import views

app_name = "exercises"

urlpatterns = [
    path("", views.ExerciseListView.as_view(), name="list"),
    path("programmes/<slug:slug>/", views.TemplateDetailView.as_view(), name="template"),
    path("programme/<str:token>/", views.ProgrammeView.as_view(), name="programme"),
    path("<slug:slug>/", views.ExerciseDetailView.as_view(), name="detail"),
]
