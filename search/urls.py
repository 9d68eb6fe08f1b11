from django.urls import path

from clinic.pagecache import cache_public_page
from search import views

app_name = "search"

# Results pages are cached like every public page: per address (so per query)
# and content version, so a publish shows in the results at once.
urlpatterns = [path("", cache_public_page(views.search_view), name="results")]
