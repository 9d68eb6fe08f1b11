"""Pages of results: ``page`` and ``page_size``; a bad value is a 400, not a guess."""

import re

from django.core.paginator import InvalidPage
from django.utils.translation import gettext as _
from rest_framework.pagination import PageNumberPagination

from api.problems import ParameterProblem

# ASCII digits only ("²".isdigit() is true), and not so many that int() is slow.
WHOLE_NUMBER = re.compile(r"[0-9]{1,6}")


class StrictPageNumberPagination(PageNumberPagination):
    page_size = 20
    max_page_size = 100
    page_size_query_param = "page_size"

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not WHOLE_NUMBER.fullmatch(raw) or not 1 <= int(raw) <= self.max_page_size:
            raise ParameterProblem(
                self.page_size_query_param,
                _("Give a whole number from 1 to %(max)d.") % {"max": self.max_page_size},
            )
        return int(raw)

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        raw = request.query_params.get(self.page_query_param, "1")
        if not WHOLE_NUMBER.fullmatch(raw) or int(raw) < 1:
            raise ParameterProblem(
                self.page_query_param, _("Give a page number: a whole number from 1.")
            )
        try:
            self.page = paginator.page(int(raw))
        except InvalidPage:
            raise ParameterProblem(
                self.page_query_param,
                _("There is no page %(page)s. The last page is %(pages)d.")
                % {"page": raw, "pages": paginator.num_pages},
            ) from None
        return list(self.page)
