"""Reads: the exercises and programme templates pages, PDFs, programmes and the API show.

An exercise's page is found as an article's is (``articles.selectors.live_page``:
who may preview it, the draft of waiting changes, the live translation over the
English), with what its body shows: the live conditions it helps, its live easier
and harder versions and its two pictures.
"""

from django.db.models import Prefetch

from articles.localise import NAME_HERE, localise_all, name_order, page_language, with_name_in
from articles.models import Condition
from articles.selectors import live_page
from exercises.models import Exercise, ProgrammeTemplate
from exercises.pictures import illustrate_exercise


def exercise_page_queryset(queryset=None):
    """Exercises with the live conditions they help (``live_conditions``, translated
    with the page by ``articles.localise``)."""
    queryset = Exercise.objects.all() if queryset is None else queryset
    return queryset.prefetch_related(
        Prefetch(
            "conditions",
            queryset=Condition.objects.published().order_by("title"),
            to_attr="live_conditions",
        )
    )


def live_exercise(slug: str, *, language: str, user=None, preview: str | None = None):
    """The exercise at ``slug`` as its page and PDF show it in ``language`` (see
    ``live_page``), with ``live_easier`` and ``live_harder`` (None unless live) and
    its pictures (``start_picture``, ``end_picture``). ``Http404`` when there is none."""
    page = live_page(
        Exercise,
        slug,
        language=language,
        user=user,
        preview=preview,
        queryset=exercise_page_queryset(),
        pictures=illustrate_exercise,
    )
    wanted = [pk for pk in (page.easier_id, page.harder_id) if pk]
    versions = {
        version.pk: version
        for version in localise_all(
            Exercise.objects.published().filter(pk__in=wanted) if wanted else [], language
        )
    }
    page.live_easier = versions.get(page.easier_id)
    page.live_harder = versions.get(page.harder_id)
    return page


def exercise_list_queryset():
    """Live exercises, by the names the page shows (Spanish names on /es/)."""
    return with_name_in(Exercise.objects.published()).order_by(NAME_HERE, "pk")


def live_conditions_named_here(request=None):
    """Live conditions with ``name_here`` (their name in the page's language), by it."""
    return with_name_in(Condition.objects.published()).order_by(NAME_HERE, "pk")


def exercises_for_condition(condition_id: int, language: str | None = None) -> list:
    """The live exercises that help the condition, in ``language``, by the names shown."""
    return _live_of_condition(Exercise, condition_id, language)


def templates_for_condition(condition_id: int, language: str | None = None) -> list:
    """The live programme templates of the condition, in ``language``, by the names shown."""
    return _live_of_condition(ProgrammeTemplate, condition_id, language)


def _live_of_condition(model, condition_id: int, language: str | None) -> list:
    found = model.objects.published().filter(conditions=condition_id).order_by("title", "pk")
    items = localise_all(found, language or page_language())
    return sorted(items, key=lambda item: name_order(item.title))
