"""Content for the search tests."""

import pytest

from tests.factories import (
    ArticleFactory,
    ArticleTranslationFactory,
    ConditionFactory,
    ConditionTranslationFactory,
)


@pytest.fixture
def translated_library(db):
    """A small library: two conditions and an article translated into Spanish, one
    article in English only, one whose translation is still being written."""
    meniscus = ConditionTranslationFactory(
        source=ConditionFactory(
            published=True,
            title="Meniscus tear",
            slug="meniscus-tear",
            also_known_as="Torn cartilage",
            summary="A tear in the cushion of cartilage inside the knee.",
            icd10_codes="S83.209A",
            overview="<p>The meniscus cushions your knee. A twist can tear it.</p>",
        ),
        published=True,
        title="Rotura de menisco",
        also_known_as="Menisco roto\nCartílago roto",
        summary="Un desgarro del cartílago que amortigua la rodilla por dentro.",
        overview="<p>El menisco protege la rodilla. Un giro fuerte lo puede romper.</p>",
        symptoms="<ul><li>La rodilla se traba o se hincha.</li></ul>",
    )
    runners_knee = ConditionTranslationFactory(
        source=ConditionFactory(
            published=True,
            title="Patellofemoral pain syndrome",
            slug="patellofemoral-pain-syndrome",
            also_known_as="Runner's knee",
            summary="Pain around or behind the kneecap.",
            icd10_codes="M22.2X1",
        ),
        published=True,
        title="Síndrome de dolor patelofemoral",
        also_known_as="Rodilla del corredor",
        search_aliases="Dolor de rótula",
        summary="Dolor alrededor o detrás de la rótula. Empeora al subir escaleras.",
        overview="<p>Le duele la parte de adelante de la rodilla.</p>",
    )
    kneecap = ArticleTranslationFactory(
        source=ArticleFactory(
            published=True,
            title="Exercises for your kneecap",
            summary="Four gentle exercises to help your kneecap move well.",
        ),
        published=True,
        title="Ejercicios para la rótula",
        summary="Cuatro ejercicios suaves para que la rótula se mueva bien.",
        body="<p>Siéntese en una silla. Estire la pierna despacio.</p>",
    )
    cycling = ArticleFactory(
        published=True,
        title="Cycling and your knees",
        summary="How to set up your bike so your knees do not hurt.",
    )
    ice = ArticleFactory(published=True, title="Ice for a sore knee", summary="When ice helps.")
    ArticleTranslationFactory(
        source=ice, title="Hielo para la rodilla", summary="Cuándo ayuda el hielo."
    )
    return {
        "meniscus": meniscus,
        "runners_knee": runners_knee,
        "kneecap": kneecap,
        "cycling": cycling,
        "ice": ice,
    }


from tests.support.illustrated import picture_storage  # noqa: E402, F401 - a fixture
