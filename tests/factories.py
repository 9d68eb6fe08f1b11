import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.models import (
    Activity,
    Area,
    Article,
    ArticleTranslation,
    CareAdvice,
    CareAdviceTranslation,
    Condition,
    ConditionTranslation,
    Onset,
    Status,
    Topic,
    Urgency,
    one_year_after,
)
from exercises.models import (
    Equipment,
    Exercise,
    ExerciseTranslation,
    Position,
    ProgrammeTemplate,
    ProgrammeTemplateItem,
    ProgrammeTemplateTranslation,
    Stage,
)
from images.models import Image, Source
from images.services import image_create
from tests.support.pictures import picture_bytes

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class StaffFactory(UserFactory):
    is_staff = True

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.groups.add(Group.objects.get(name=extracted))


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app (the key is random, as django-otp makes it)."""

    class Meta:
        model = TOTPDevice

    user = factory.SubFactory(StaffFactory)
    name = "Authenticator app"
    confirmed = True


class PublishableFactory(factory.django.DjangoModelFactory):
    """A draft; ``published=True`` makes it reviewed, approved and live: how the
    public sees content."""

    class Meta:
        abstract = True

    status = Status.DRAFT

    class Params:
        published = factory.Trait(
            status=Status.PUBLISHED,
            reviewed_on=factory.LazyFunction(timezone.localdate),
            next_review_due=factory.LazyFunction(lambda: one_year_after(timezone.localdate())),
        )


class TranslationFactory(PublishableFactory):
    """A Spanish translation of its source's current revision."""

    class Meta:
        abstract = True

    language = "es"
    source_revision = factory.LazyAttribute(lambda o: o.source.revision)


class ArticleFactory(PublishableFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Knee article {n}")
    slug = factory.Sequence(lambda n: f"knee-article-{n}")
    summary = "Short advice about knee pain. It is easy to read."
    body = "<h2>What to do</h2><p>Rest your knee. Put ice on it for 15 minutes.</p>"
    topic = Topic.TREATMENT


class ActivityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Activity
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"activity-{n}")
    name = factory.LazyAttribute(lambda o: o.slug.replace("-", " ").capitalize())


class ConditionFactory(PublishableFactory):
    class Meta:
        model = Condition
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Knee condition {n}")
    slug = factory.Sequence(lambda n: f"knee-condition-{n}")
    summary = "A knee problem. It can hurt when you move."
    onset = Onset.OVERUSE
    areas = factory.LazyFunction(lambda: [Area.FRONT])
    icd10_codes = "M22.2X1"
    overview = "<p>Your knee hurts at the front.</p>"
    symptoms = "<ul><li>Pain on stairs</li></ul>"

    @factory.post_generation
    def activities(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.activities.set(extracted)


class CareAdviceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CareAdvice

    condition = factory.SubFactory(ConditionFactory)
    urgency = Urgency.ROUTINE
    heading = "See a physio if:"
    points = "It hurts for more than 2 weeks\nIt keeps you awake"
    action = "Book an appointment."


class ArticleTranslationFactory(TranslationFactory):
    class Meta:
        model = ArticleTranslation

    source = factory.SubFactory(ArticleFactory, published=True)
    title = factory.Sequence(lambda n: f"Artículo sobre la rodilla {n}")
    summary = "Un consejo corto sobre el dolor de rodilla. Es fácil de leer."
    body = "<h2>Qué hacer</h2><p>Descanse la rodilla. Póngale hielo durante 15 minutos.</p>"


class ConditionTranslationFactory(TranslationFactory):
    class Meta:
        model = ConditionTranslation

    source = factory.SubFactory(ConditionFactory, published=True)
    title = factory.Sequence(lambda n: f"Problema de rodilla {n}")
    summary = "Un problema de la rodilla. Puede doler al moverse."
    overview = "<p>Le duele la parte de adelante de la rodilla.</p>"
    symptoms = "<ul><li>Dolor al subir escaleras</li></ul>"


class CareAdviceTranslationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CareAdviceTranslation

    translation = factory.SubFactory(ConditionTranslationFactory)
    card = factory.SubFactory(
        CareAdviceFactory, condition=factory.SelfAttribute("..translation.source")
    )
    heading = "Vea a un fisioterapeuta si:"
    points = "Le duele por más de 2 semanas\nNo le deja dormir"
    action = "Pida una cita."


def settings_fields() -> list[str]:
    """The clinic settings form's fields, as the admin posts them."""
    from clinic.admin import ClinicSettingsForm

    return ClinicSettingsForm.Meta.fields


def clinic_settings_post(words: dict | None = None, **changes) -> dict:
    """The clinic settings admin form as the browser posts it: today's values
    with ``changes``, and the clinic's words per language (``words``: language
    -> {"urgent_care": ..., "out_of_hours": ...}; None keeps today's)."""
    from clinic.models import ClinicSettings

    clinic = ClinicSettings.load()
    data = {name: str(getattr(clinic, name)) for name in settings_fields()}
    # The page was opened now: the settings as saved (refused if someone saved since).
    data["opened_at"] = ClinicSettings.objects.get(pk=clinic.pk).updated.isoformat()
    data.update({name: str(value) for name, value in changes.items()})
    rows = list(clinic.words.all())
    if words is None:
        words = {
            row.language: {"urgent_care": row.urgent_care, "out_of_hours": row.out_of_hours}
            for row in rows
        }
    ids = {row.language: row.pk for row in rows}
    prefix = "words"
    data.update(
        {
            f"{prefix}-INITIAL_FORMS": str(len(rows)),
            f"{prefix}-MIN_NUM_FORMS": "0",
            f"{prefix}-MAX_NUM_FORMS": "1000",
        }
    )
    for index, (language, text) in enumerate(words.items()):
        data.update(
            {
                f"{prefix}-{index}-language": language,
                f"{prefix}-{index}-clinic": str(clinic.pk),
                f"{prefix}-{index}-urgent_care": text["urgent_care"],
                f"{prefix}-{index}-out_of_hours": text["out_of_hours"],
            }
        )
        if language in ids:
            data[f"{prefix}-{index}-id"] = str(ids[language])
    # Rows already saved are sent first (Django matches them by position).
    data[f"{prefix}-TOTAL_FORMS"] = str(max(len(words), len(rows)))
    return data


class ImageFactory(factory.django.DjangoModelFactory):
    """A real picture (a JPEG drawn by Pillow) added through the upload service,
    renditions and all. Needs the ``image_storage`` fixture (files in tmp_path).
    ``size=(w, h)`` sets its size; ``file=`` gives bytes of your own."""

    class Meta:
        model = Image

    class Params:
        size = (800, 600)

    title = factory.Sequence(lambda n: f"Knee picture {n}")
    source = Source.CLINIC
    alt_text = "A drawing of a knee from the front"
    file = factory.LazyAttributeSequence(lambda o, n: picture_bytes(*o.size, seed=n + 1000))
    user = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return image_create(**kwargs)


def _exercise_picture(moment: str):
    """A small library picture with English and Spanish alt text (session storage)."""
    from tests.support.illustrated import make_image

    return make_image(
        alt_text=f"{moment}: a person lying on their back",
        alt_texts={"es": f"{'Inicio' if moment == 'Start' else 'Final'}: una persona boca arriba"},
        widths=(320,),
    )


class ExerciseFactory(PublishableFactory):
    """A draft exercise with its two pictures (``published=True``: live)."""

    class Meta:
        model = Exercise
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Knee exercise {n}")
    slug = factory.Sequence(lambda n: f"knee-exercise-{n}")
    summary = "A gentle move to make your thigh strong."
    purpose = "It makes the muscle at the front of your thigh stronger."
    steps = "Lie on your back.\nTighten your thigh.\nHold, then relax."
    start_image = factory.LazyFunction(lambda: _exercise_picture("Start"))
    end_image = factory.LazyFunction(lambda: _exercise_picture("End"))
    sets = 2
    repetitions = 10
    hold_seconds = 5
    times_a_day = 2
    days_a_week = 7
    equipment = factory.LazyFunction(lambda: [Equipment.NONE])
    position = Position.LYING
    stage = Stage.EARLY

    @factory.post_generation
    def conditions(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.conditions.set(extracted)


class ExerciseTranslationFactory(TranslationFactory):
    class Meta:
        model = ExerciseTranslation

    source = factory.SubFactory(ExerciseFactory, published=True)
    title = factory.Sequence(lambda n: f"Ejercicio de rodilla {n}")
    summary = "Un movimiento suave para fortalecer el muslo."
    purpose = "Fortalece el músculo de adelante del muslo."
    steps = "Acuéstese boca arriba.\nApriete el muslo.\nSostenga y luego afloje."


class ProgrammeTemplateFactory(PublishableFactory):
    """A draft template; ``exercises=[...]`` adds them in order, each at its own dose."""

    class Meta:
        model = ProgrammeTemplate
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Knee programme {n}")
    slug = factory.Sequence(lambda n: f"knee-programme-{n}")
    summary = "Simple exercises for the first weeks."

    @factory.post_generation
    def exercises(obj, create, extracted, **kwargs):
        if create and extracted:
            for order, exercise in enumerate(extracted, start=1):
                ProgrammeTemplateItem.objects.create(
                    template=obj, exercise=exercise, order=order, **exercise.dose.as_dict()
                )

    @factory.post_generation
    def conditions(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.conditions.set(extracted)


class ProgrammeTemplateTranslationFactory(TranslationFactory):
    class Meta:
        model = ProgrammeTemplateTranslation

    source = factory.SubFactory(ProgrammeTemplateFactory, published=True)
    title = factory.Sequence(lambda n: f"Programa de rodilla {n}")
    summary = "Ejercicios simples para las primeras semanas."
