from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

# Swagger UI (api/views.py docs); a path, not a URL name: clinic imports no feature app.
API_DOCS = "/api/docs/"


class StrictCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with one exception for the staff admin.

    The rich-text editor (ProseMirror and Tiptap, inside django-prose-editor)
    writes inline styles, for its own stylesheet and for table column widths,
    which ``style-src 'self'`` blocks. So admin pages also allow inline
    *styles*. Scripts stay strict everywhere: only this site's files and the
    nonced import map run. Public pages allow no inline styles either, and
    no ``data:`` images (the admin's QR code and the API docs' icons need them).

    It also names the endpoint for the policy's ``report-to`` in a
    ``Reporting-Endpoints`` header (``clinic/csp_reports.py`` counts reports).
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(f"/{settings.ADMIN_URL}"):
            # The two-factor setup page draws its QR code as a data: image.
            parts.update = {
                **(parts.update or {}),
                "style-src": [UNSAFE_INLINE],
                "img-src": ["data:"],
            }
        elif request.path == API_DOCS:
            # Swagger UI's icons (its copy and expand buttons) are data: images.
            parts.update = {**(parts.update or {}), "img-src": ["data:"]}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if "Content-Security-Policy" in response:
            # Where the policy's report-to sends reports (the Reporting API);
            # a relative address is read against the page's own.
            response.headers.setdefault(
                "Reporting-Endpoints",
                f'{settings.CSP_REPORT_ENDPOINT}="{settings.CSP_REPORT_URL}"',
            )
        return response
