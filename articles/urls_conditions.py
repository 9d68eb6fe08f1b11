from django.urls import path

from articles import views

app_name = "conditions"

urlpatterns = [
    path("", views.ConditionListView.as_view(), name="list"),
    path("<slug:slug>/handout.pdf", views.ConditionHandoutView.as_view(), name="handout"),
    path("<slug:slug>/", views.ConditionDetailView.as_view(), name="detail"),
]
