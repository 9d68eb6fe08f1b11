from django.urls import path

from triage import views

app_name = "triage"

urlpatterns = [
    path("", views.triage_form, name="form"),
    path("result/<slug:token>/", views.ResultView.as_view(), name="result"),
    path(
        "result/<slug:token>/handout.pdf", views.ResultHandoutView.as_view(), name="result_handout"
    ),
]
