"""Patients' exercise pages: the list with its filters and an exercise's page.

Thin views over exercises/selectors.py, cached as the catalogue and the
articles are (articles/views.py): the list's body once per address and content
version, an exercise page once per address and version, a preview never.
"""

from django_filters.views import FilterView

from articles.views import FacetedListMixin, LivePageView
from clinic.memo import BodyForEveryoneMixin
from exercises import selectors
from exercises.filters import ExerciseFilter
from exercises.models import Exercise


class ExerciseListView(FacetedListMixin, BodyForEveryoneMixin, FilterView):
    """Live exercises, with filters and counts by the catalogue's rules."""

    filterset_class = ExerciseFilter
    template_name = "exercises/_exercise_list_body.html"
    page_template = "exercises/exercise_list.html"
    paginate_by = 20

    def get_queryset(self):
        return selectors.exercise_list_queryset()


class ExerciseDetailView(LivePageView):
    """An exercise's page: pictures, steps, dose and the safety net."""

    model = Exercise
    breadcrumbs_template = "exercises/_exercise_breadcrumbs.html"
    head_template = "exercises/_page_head.html"
    body_template = "exercises/_exercise_body.html"

    def find(self, slug, *, language: str, user=None, preview: str | None = None):
        return selectors.live_exercise(slug, language=language, user=user, preview=preview)
