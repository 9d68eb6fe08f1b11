"""/api/: the Infobutton, the versioned content API, its schema and docs.

Not under a language prefix: clients ask for a language with a parameter.
"""

from django.urls import include, path, re_path
from rest_framework.routers import SimpleRouter

from api import exercises, views

app_name = "api"

router = SimpleRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("conditions", views.ConditionViewSet, basename="condition")
router.register("exercises", exercises.ExerciseViewSet, basename="exercise")
router.register(
    "exercise-programmes", exercises.ProgrammeTemplateViewSet, basename="exercise-programme"
)

urlpatterns = [
    path("infobutton/", views.InfobuttonView.as_view(), name="infobutton"),
    path("v1/", include(router.urls)),
    path("v1/triage/questionnaire/", views.QuestionnaireView.as_view(), name="questionnaire"),
    path("schema/", views.SchemaView.as_view(), name="schema"),
    path("docs/", views.docs, name="docs"),
    path("problems/<slug:name>/", views.ProblemTypeView.as_view(), name="problem"),
    re_path(r"", views.NotFoundView.as_view()),
]
