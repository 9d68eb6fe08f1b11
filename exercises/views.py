"""Patients' exercise pages (to be built: issue 27's public pages)."""

from django.http import Http404
from django.views import View


class _NotYet(View):
    def get(self, request, *args, **kwargs):
        raise Http404


class ExerciseListView(_NotYet):
    pass


class ExerciseDetailView(_NotYet):
    pass
