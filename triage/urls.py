from django.urls import path

from clinic.pagecache import cache_public_page
from triage import views

app_name = "triage"

urlpatterns = [
    # The questions are stored once per content version; each visitor gets a fresh token.
    path("", cache_public_page(views.triage_form, csrf_form=True), name="form"),
    path("result/<slug:token>/", views.ResultView.as_view(), name="result"),
    path(
        "result/<slug:token>/handout.pdf", views.ResultHandoutView.as_view(), name="result_handout"
    ),
]
