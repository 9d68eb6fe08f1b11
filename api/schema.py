"""The OpenAPI schema: each operation also documents its problem answers."""

from drf_spectacular.openapi import AutoSchema

from api.problems import CONTENT_TYPE


class ProblemAwareSchema(AutoSchema):
    """drf-spectacular's schema, plus 400, 404 (detail pages) and 429 as
    ``application/problem+json`` on every operation."""

    def _get_response_bodies(self, direction="response"):
        from api.serializers import ProblemSerializer

        responses = super()._get_response_bodies(direction)
        codes = ["400", "429"]
        if "{" in self.path:
            codes.append("404")
        for code in codes:
            responses.setdefault(
                code, self._get_response_for_code(ProblemSerializer, code, [CONTENT_TYPE])
            )
        return responses
