"""English dates in US order, as the demo clinic (in the United States) prints them:
"December 7, 2026" on pages, PDFs and in the admin (CLINICAL.md 3.1, US locale).
Django's own English default abbreviates the month ("Dec. 7, 2026")."""

DATE_FORMAT = "F j, Y"
