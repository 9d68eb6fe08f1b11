"""The exercise endpoints' queries, counted, and flat in the number of items."""

import pytest

from clinic import memo
from tests.api.test_query_counts import BOOKKEEPING, content_queries
from tests.factories import (
    ConditionFactory,
    ConditionTranslationFactory,
    ExerciseFactory,
    ExerciseTranslationFactory,
    ProgrammeTemplateFactory,
    ProgrammeTemplateTranslationFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clinic", "picture_storage")]


def make_content(n: int) -> None:
    """n live exercises, half translated, each helping a live condition (translated),
    with an easier version; one template of them all, and its translation."""
    easier = ExerciseFactory(published=True, slug=f"easier-{n}")
    ExerciseTranslationFactory(source=easier, published=True)
    exercises = []
    for index in range(n):
        condition = ConditionTranslationFactory(source=ConditionFactory(published=True)).source
        condition.translations.update(status="published")
        exercise = ExerciseFactory(
            published=True, slug=f"exercise-{n}-{index}", conditions=[condition], easier=easier
        )
        if index % 2:
            ExerciseTranslationFactory(source=exercise, published=True)
        exercises.append(exercise)
    ProgrammeTemplateTranslationFactory(
        source=ProgrammeTemplateFactory(
            published=True,
            slug=f"programme-{n}",
            exercises=exercises,
            conditions=[exercises[0].conditions.get()],
        ),
        published=True,
    )


# Per endpoint: (address, queries on content). Lists: a count and a page, then
# the live conditions; in Spanish also the live translations of the items and of
# their conditions (a condition's translation brings its care cards' words:
# articles/localise.py reads them with it).
LISTS = [
    ("/api/v1/exercises/?page_size=100", 3),
    ("/api/v1/exercises/?page_size=100&language=es", 6),
    ("/api/v1/exercises/?page_size=100&stage=early&equipment=none", 3),
    ("/api/v1/exercise-programmes/?page_size=100", 3),
    ("/api/v1/exercise-programmes/?page_size=100&language=es", 6),
]


@pytest.mark.parametrize(("url", "expected"), LISTS)
def test_lists_take_the_same_queries_for_many_items(
    client, url, expected, django_assert_max_num_queries
):
    make_content(2)
    few = content_queries(client, url)
    make_content(12)
    many = content_queries(client, url)
    assert len(few) == len(many) == expected, "\n".join(many)
    memo.forget()
    with django_assert_max_num_queries(expected + len(BOOKKEEPING) + 1):
        client.get(url)


# Details: the item (with its easier and harder versions), its live conditions
# and an exercise's two pictures (images and their renditions and alt texts) or a
# template's live items; in Spanish also the translations of the item, its
# conditions (with their cards' words) and its linked exercises.
DETAILS = [
    ("/api/v1/exercises/exercise-{n}-1/", 5),
    ("/api/v1/exercises/exercise-{n}-1/?language=es", 9),
    ("/api/v1/exercise-programmes/programme-{n}/", 3),
    ("/api/v1/exercise-programmes/programme-{n}/?language=es", 7),
]


@pytest.mark.parametrize(("url", "expected"), DETAILS)
def test_details_take_a_fixed_number_of_queries(
    client, url, expected, django_assert_max_num_queries
):
    make_content(2)
    make_content(12)
    assert len(content_queries(client, url.format(n=2))) == expected
    queries = content_queries(client, url.format(n=12))
    assert len(queries) == expected, "\n".join(queries)
    memo.forget()
    with django_assert_max_num_queries(expected + len(BOOKKEEPING) + 1):
        client.get(url.format(n=12))
