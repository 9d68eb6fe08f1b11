from django.urls import path

from articles import views
from clinic.pagecache import cache_public_page

app_name = "conditions"

urlpatterns = [
    path("", cache_public_page(views.ConditionListView.as_view()), name="list"),
    path("<slug:slug>/", cache_public_page(views.ConditionDetailView.as_view()), name="detail"),
]
