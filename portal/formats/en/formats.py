"""English dates as the clinic prints them: "2 December 2026" on pages, PDFs and
in the admin (Django's own English default is "Dec. 2, 2026")."""

DATE_FORMAT = "j F Y"
