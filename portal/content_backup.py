"""What a content export holds, for ``export_content`` and ``import_content``.

Everything staff made: clinic settings, staff accounts and roles (articles
name their authors and reviewers), articles, conditions, care cards, packs,
their revision history, and the triage questionnaires with their rules and
test cases. Not exported: triage submissions (patients' answers are not
content), the search index and the page-cache counter (both rebuilt).
Natural keys let the file load into a freshly migrated database.
"""

LABELS = ["auth.group", "auth.user", "portal.clinicsettings", "articles", "triage"]
EXCLUDE = ["articles.searchentry", "triage.submission"]
CONTENT_MODELS = ["articles.Article", "articles.Condition", "triage.Questionnaire"]
