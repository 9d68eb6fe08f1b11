"""CLINICAL.md v3.1: the safety net as wide as the rules.

The shipped list grew from two levels (13 signs) to three groups (emergency,
see a doctor today, get seen today; 28 signs), each sign naming the question
keys it covers. This brings existing databases along:

- Every version's signs that are still worded as v3 shipped them get the keys
  they cover (a new field: nothing is overwritten), so the publish check
  (triage.coverage.safety_net_gaps) can read them. Keys a version has no
  question for are left out.
- A published or draft version based on the default (``based_on``) whose list
  is still the shipped v3 list (English, and Spanish where it has any, as
  shipped) gets the v3.1 list in place: a published one stays published (the
  new list is wider, never narrower), with its Spanish where it had Spanish or
  is a draft or sample data; the change is written in its notes.
- A version whose list the clinic changed keeps it, untouched: the v3.1 list
  arrives as a new draft version (a copy of that version), with a note saying
  why, for the clinical lead to compare and publish.

Both lists are frozen here: editing ``triage.defaults`` later must not change
what this migration compares with or inserts.
"""

from django.db import migrations

BASED_ON = "CLINICAL.md v3"
SPANISH = "es"
SAFETY_NET_PART = "safety_net"

# The list as v3 shipped it (level, sign), in its order, and its Spanish.
OLD_LIST = (
    ("emergency", "your foot or lower leg is cold, white or pale"),
    ("emergency", "your knee or kneecap looks out of place"),
    ("emergency", "you have a fever and your knee is hot or swollen"),
    ("emergency", "you feel very unwell, confused or very sleepy"),
    ("emergency", "you are short of breath or have chest pain"),
    ("emergency", "your shin or calf is very tight and swollen, and the pain keeps getting worse"),
    ("emergency", "your foot goes numb after an injury"),
    ("urgent", "one calf is swollen, warm or painful"),
    ("urgent", "your foot is numb, or has pins and needles that do not go away"),
    ("urgent", "you cannot take 4 steps on the leg"),
    ("urgent", "you cannot lift the leg with the knee straight"),
    ("urgent", "your knee locks and will not straighten"),
    ("urgent", "your knee swells up within a few hours of an injury"),
)
OLD_SPANISH = {
    "your foot or lower leg is cold, white or pale": (
        "tiene el pie o la parte baja de la pierna frío, blanco o pálido"
    ),
    "your knee or kneecap looks out of place": "su rodilla o su rótula se ven fuera de lugar",
    "you have a fever and your knee is hot or swollen": (
        "tiene fiebre y la rodilla caliente o hinchada"
    ),
    "you feel very unwell, confused or very sleepy": (
        "se siente muy mal, con confusión o con mucho sueño"
    ),
    "you are short of breath or have chest pain": "le falta el aire o tiene dolor en el pecho",
    "your shin or calf is very tight and swollen, and the pain keeps getting worse": (
        "tiene la espinilla o la pantorrilla muy tensa e hinchada, y el dolor empeora cada vez más"
    ),
    "your foot goes numb after an injury": "se le adormece el pie después de una lesión",
    "one calf is swollen, warm or painful": "tiene una pantorrilla hinchada, caliente o con dolor",
    "your foot is numb, or has pins and needles that do not go away": (
        "tiene el pie adormecido, o con un hormigueo que no se quita"
    ),
    "you cannot take 4 steps on the leg": "no puede dar 4 pasos con esa pierna",
    "you cannot lift the leg with the knee straight": (
        "no puede levantar la pierna con la rodilla estirada"
    ),
    "your knee locks and will not straighten": "la rodilla se le traba y no puede estirarla",
    "your knee swells up within a few hours of an injury": (
        "la rodilla se le hincha en las primeras horas después de una lesión"
    ),
}
# The question keys each v3 sign stands for (for versions that keep it).
OLD_COVERS = {
    "your foot or lower leg is cold, white or pale": ("cold_pale_foot",),
    "your knee or kneecap looks out of place": ("deformity",),
    "you have a fever and your knee is hot or swollen": ("fever", "hot_swollen", "very_swollen"),
    "you feel very unwell, confused or very sleepy": ("very_unwell",),
    "you are short of breath or have chest pain": ("breathless",),
    "your shin or calf is very tight and swollen, and the pain keeps getting worse": ("tight_leg",),
    "your foot goes numb after an injury": ("injury", "numb_foot"),
    "one calf is swollen, warm or painful": ("calf",),
    "your foot is numb, or has pins and needles that do not go away": ("numb_foot",),
    "you cannot take 4 steps on the leg": ("weight_bear_now", "weight_bear_then"),
    "you cannot lift the leg with the knee straight": ("straight_leg",),
    "your knee locks and will not straighten": ("locked",),
    "your knee swells up within a few hours of an injury": ("injury", "swelling_fast"),
}

# The v3.1 list (group, sign, keys it covers), in its order, and its Spanish.
NEW_LIST = (
    ("emergency", "your knee or kneecap looks out of place", ("deformity",)),
    ("emergency", "your foot or lower leg turns cold, white or pale", ("cold_pale_foot",)),
    (
        "emergency",
        "you are suddenly short of breath or have chest pain: call an ambulance",
        ("breathless",),
    ),
    (
        "emergency",
        "you feel very unwell: confused, very sleepy, breathing fast, or with blotchy or very pale "
        "skin",
        ("very_unwell",),
    ),
    (
        "emergency",
        "your shin or calf is very tight and swollen, and the pain keeps getting worse",
        ("tight_leg",),
    ),
    (
        "emergency",
        "you have a fever and your knee is hot or very swollen",
        ("fever", "hot_swollen", "very_swollen"),
    ),
    ("emergency", "you have a fever and cannot take 4 steps", ("fever", "weight_bear_now")),
    ("emergency", "your foot or lower leg goes numb after an injury", ("injury", "numb_foot")),
    (
        "emergency",
        "you were hurt in a car or bike crash or a fall from a height, or you are hurt somewhere "
        "else too",
        ("injury", "high_energy"),
    ),
    ("urgent_doctor", "your knee is hot and swollen, even without a fever", ("hot_swollen",)),
    ("urgent_doctor", "you have a fever (100.4°F / 38°C or higher)", ("fever",)),
    ("urgent_doctor", "one calf is swollen, warm or painful", ("calf",)),
    (
        "urgent_doctor",
        "your knee gets hot or very swollen, or you get a fever, within 3 months of knee surgery or "
        "a shot in the knee, or at any time after a knee replacement",
        ("recent_surgery", "hot_swollen", "very_swollen", "fever"),
    ),
    (
        "urgent_doctor",
        "your knee swells up fast or a lot, and you take a blood thinner",
        ("blood_thinners", "very_swollen", "swelling_fast"),
    ),
    (
        "urgent_doctor",
        "pain wakes you at night, and has done so for more than 2 weeks",
        ("night_pain",),
    ),
    ("urgent_doctor", "you have lost weight without trying", ("weight_loss",)),
    (
        "urgent_doctor",
        "a child or teenager has a limp, or pain in the hip, groin or thigh",
        ("age", "limp_hip"),
    ),
    ("urgent", "you cannot take 4 steps on the leg", ("weight_bear_now", "weight_bear_then")),
    ("urgent", "you cannot lift the leg with the knee straight", ("straight_leg",)),
    ("urgent", "your knee is stuck (locked) and will not straighten", ("locked",)),
    ("urgent", "your knee is very swollen, clearly bigger than the other knee", ("very_swollen",)),
    (
        "urgent",
        "you heard or felt a pop when you hurt your knee",
        ("injury", "pop", "days_since_start"),
    ),
    (
        "urgent",
        "your knee swelled up within a few hours of an injury",
        ("injury", "swelling_fast", "days_since_start"),
    ),
    (
        "urgent",
        "your knee gives way in the first week after an injury",
        ("injury", "gives_way", "days_since_start"),
    ),
    (
        "urgent",
        "you cannot bend your knee to a right angle after an injury (you may need an X-ray)",
        ("injury", "bend_90", "days_since_start"),
    ),
    (
        "urgent",
        "you are 55 or older and hurt your knee in the last week (you may need an X-ray)",
        ("age", "injury", "days_since_start"),
    ),
    (
        "urgent",
        "a child under 12 hurt their knee in the last week",
        ("age", "injury", "days_since_start"),
    ),
    ("urgent", "your foot is numb, or has pins and needles that do not go away", ("numb_foot",)),
)

NEW_SPANISH = {
    "your knee or kneecap looks out of place": "su rodilla o su rótula se ven fuera de lugar",
    "your foot or lower leg turns cold, white or pale": "el pie o la parte baja de la pierna se "
    "le pone frío, blanco o pálido",
    "you are suddenly short of breath or have chest pain: call an ambulance": "de repente le "
    "falta el aire o "
    "tiene dolor en el "
    "pecho: llame a una "
    "ambulancia",
    "you feel very unwell: confused, very sleepy, breathing fast, or with blotchy or very pale skin": "se "
    "siente "
    "muy "
    "mal: "
    "con "
    "confusión, "
    "con "
    "mucho "
    "sueño, "
    "respira "
    "rápido, "
    "o "
    "tiene "
    "la "
    "piel "
    "con "
    "manchas "
    "o "
    "muy "
    "pálida",
    "your shin or calf is very tight and swollen, and the pain keeps getting worse": "tiene la "
    "espinilla o "
    "la "
    "pantorrilla "
    "muy tensa e "
    "hinchada, y "
    "el dolor "
    "empeora "
    "cada vez "
    "más",
    "you have a fever and your knee is hot or very swollen": "tiene fiebre y la rodilla caliente "
    "o muy hinchada",
    "you have a fever and cannot take 4 steps": "tiene fiebre y no puede dar 4 pasos",
    "your foot or lower leg goes numb after an injury": "se le adormece el pie o la parte baja de "
    "la pierna después de una lesión",
    "you were hurt in a car or bike crash or a fall from a height, or you are hurt somewhere else too": "se "
    "lastimó "
    "en "
    "un "
    "choque "
    "de "
    "auto "
    "o "
    "de "
    "bicicleta "
    "o "
    "en "
    "una "
    "caída "
    "desde "
    "lo "
    "alto, "
    "o "
    "también "
    "tiene "
    "otra "
    "parte "
    "del "
    "cuerpo "
    "lastimada",
    "your knee is hot and swollen, even without a fever": "tiene la rodilla caliente e hinchada, "
    "aunque no tenga fiebre",
    "you have a fever (100.4°F / 38°C or higher)": "tiene fiebre (100.4 °F / 38 °C o más)",
    "one calf is swollen, warm or painful": "tiene una pantorrilla hinchada, caliente o con dolor",
    "your knee gets hot or very swollen, or you get a fever, within 3 months of knee surgery or a shot in the knee, or at any time after a knee replacement": "la "
    "rodilla "
    "se "
    "le "
    "pone "
    "caliente "
    "o "
    "muy "
    "hinchada, "
    "o "
    "le "
    "da "
    "fiebre, "
    "en "
    "los "
    "3 "
    "meses "
    "después "
    "de "
    "una "
    "operación "
    "o "
    "una "
    "inyección "
    "en "
    "la "
    "rodilla, "
    "o "
    "en "
    "cualquier "
    "momento "
    "después "
    "de "
    "un "
    "reemplazo "
    "de "
    "rodilla",
    "your knee swells up fast or a lot, and you take a blood thinner": "la rodilla se le hincha "
    "rápido o mucho, y toma un "
    "anticoagulante",
    "pain wakes you at night, and has done so for more than 2 weeks": "el dolor lo despierta de "
    "noche, y eso le pasa desde "
    "hace más de 2 semanas",
    "you have lost weight without trying": "ha bajado de peso sin querer",
    "a child or teenager has a limp, or pain in the hip, groin or thigh": "un niño o adolescente "
    "cojea, o tiene dolor "
    "en la cadera, la ingle "
    "o el muslo",
    "you cannot take 4 steps on the leg": "no puede dar 4 pasos con esa pierna",
    "you cannot lift the leg with the knee straight": "no puede levantar la pierna con la rodilla "
    "estirada",
    "your knee is stuck (locked) and will not straighten": "la rodilla se le traba (se queda "
    "bloqueada) y no puede estirarla",
    "your knee is very swollen, clearly bigger than the other knee": "tiene la rodilla muy "
    "hinchada, claramente más "
    "grande que la otra",
    "you heard or felt a pop when you hurt your knee": "oyó o sintió un chasquido cuando se "
    "lastimó la rodilla",
    "your knee swelled up within a few hours of an injury": "la rodilla se le hinchó en las "
    "primeras horas después de una lesión",
    "your knee gives way in the first week after an injury": "la rodilla le falla en la primera "
    "semana después de una lesión",
    "you cannot bend your knee to a right angle after an injury (you may need an X-ray)": "no "
    "puede "
    "doblar "
    "la "
    "rodilla "
    "en "
    "ángulo "
    "recto "
    "después "
    "de una "
    "lesión "
    "(puede "
    "necesitar "
    "una "
    "radiografía)",
    "you are 55 or older and hurt your knee in the last week (you may need an X-ray)": "tiene 55 "
    "años o "
    "más y se "
    "lastimó "
    "la "
    "rodilla "
    "en la "
    "última "
    "semana "
    "(puede "
    "necesitar "
    "una "
    "radiografía)",
    "a child under 12 hurt their knee in the last week": "un niño menor de 12 años se lastimó la "
    "rodilla en la última semana",
    "your foot is numb, or has pins and needles that do not go away": "tiene el pie adormecido, o "
    "con un hormigueo que no se "
    "quita",
}

UPGRADED_NOTE = (
    "Safety net brought to CLINICAL.md v3.1 by the upgrade (migration 0010): the shipped "
    "list had not been changed here, so it was replaced by the new one, in three groups, "
    "each sign with the question keys it covers."
)
CLONE_NOTE = (
    "Copied from version {version} by the upgrade to CLINICAL.md v3.1 (migration 0010). "
    "The safety net of version {version} had been changed here, so it was left as it was. "
    "This draft has the new shipped list instead: three groups (call the emergency number, "
    "see a doctor today, get seen today), each sign with the question keys it covers, so that "
    "it lists every sign the rules treat as urgent. Compare it with version {version}'s list, "
    "add back any sign of your own, then run the tests and publish."
)


def _signs(questionnaire, SafetyNetItem):
    return list(SafetyNetItem.objects.filter(questionnaire=questionnaire).order_by("order", "pk"))


def _fill_old_covers(apps):
    """Signs still worded as v3 shipped them get the keys they cover (blank until now)."""
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    Question = apps.get_model("triage", "Question")
    old = {text: level for level, text in OLD_LIST}
    for item in SafetyNetItem.objects.filter(covers="", text__in=list(OLD_COVERS)):
        if old[item.text] != item.level:
            continue
        keys = set(
            Question.objects.filter(questionnaire=item.questionnaire_id).values_list(
                "key", flat=True
            )
        )
        item.covers = ", ".join(key for key in OLD_COVERS[item.text] if key in keys)
        item.save(update_fields=["covers"])


def _is_shipped_v3(questionnaire, apps) -> bool:
    """The version's list is the v3 list as shipped: same signs, levels and order,
    and any Spanish is the shipped Spanish (v3's, or v3.1's for a sign kept as it was)."""
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    Translation = apps.get_model("triage", "Translation")
    signs = _signs(questionnaire, SafetyNetItem)
    if [(item.level, item.text) for item in signs] != list(OLD_LIST):
        return False
    texts = {str(item.pk): item.text for item in signs}
    for row in Translation.objects.filter(questionnaire=questionnaire, part=SAFETY_NET_PART):
        english = texts.get(row.key)
        if english is None or row.language != SPANISH or row.field != "text":
            return False
        if row.text not in (OLD_SPANISH[english], NEW_SPANISH.get(english)):
            return False
    return True


def _put_new_list(questionnaire, apps, *, spanish: bool):
    """Replace the version's signs (and their translations) with the v3.1 list."""
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    Translation = apps.get_model("triage", "Translation")
    Translation.objects.filter(questionnaire=questionnaire, part=SAFETY_NET_PART).delete()
    SafetyNetItem.objects.filter(questionnaire=questionnaire).delete()
    for order, (group, text, covers) in enumerate(NEW_LIST):
        item = SafetyNetItem.objects.create(
            questionnaire=questionnaire,
            order=order,
            level=group,
            text=text,
            covers=", ".join(covers),
        )
        if spanish:
            Translation.objects.create(
                questionnaire=questionnaire,
                language=SPANISH,
                part=SAFETY_NET_PART,
                key=str(item.pk),
                field="text",
                text=NEW_SPANISH[text],
                source_text=text,
            )


def _copy_many_to_many(model, old, new):
    for field in model._meta.many_to_many:
        getattr(new, field.name).set(getattr(old, field.name).all())


def _clone(source, apps):
    """A new draft version: a copy of every question, outcome, rule (with its
    clauses), test case and translation of ``source``, but its signs."""
    m = {
        name: apps.get_model("triage", name)
        for name in ("Questionnaire", "Question", "Outcome", "Rule", "Clause", "TestCase")
    }
    Translation = apps.get_model("triage", "Translation")
    latest = m["Questionnaire"].objects.order_by("-version").values_list("version", flat=True)
    draft = m["Questionnaire"].objects.create(
        version=latest.first() + 1,
        title=source.title,
        introduction=source.introduction,
        based_on=source.based_on,
        status="draft",
        notes=CLONE_NOTE.format(version=source.version),
    )
    questions = {}
    for question in m["Question"].objects.filter(questionnaire=source):
        old_pk = question.pk
        question.pk, question.questionnaire = None, draft
        question.save()
        questions[old_pk] = question
    outcomes = {}
    for outcome in m["Outcome"].objects.filter(questionnaire=source):
        old = m["Outcome"].objects.get(pk=outcome.pk)
        outcome.pk, outcome.questionnaire = None, draft
        outcome.save()
        _copy_many_to_many(m["Outcome"], old, outcome)
        outcomes[old.pk] = outcome
    rule_ids = {}
    for rule in m["Rule"].objects.filter(questionnaire=source):
        old = m["Rule"].objects.get(pk=rule.pk)
        clauses = list(m["Clause"].objects.filter(rule=old))
        rule.pk, rule.questionnaire = None, draft
        rule.outcome = outcomes[old.outcome_id]
        rule.save()
        _copy_many_to_many(m["Rule"], old, rule)
        rule_ids[str(old.pk)] = str(rule.pk)
        for clause in clauses:
            clause.pk, clause.rule = None, rule
            clause.question = questions[clause.question_id]
            clause.save()
    for case in m["TestCase"].objects.filter(questionnaire=source):
        case.pk, case.questionnaire = None, draft
        case.save()
    for row in Translation.objects.filter(questionnaire=source).exclude(part=SAFETY_NET_PART):
        if row.part == "rule":
            if row.key not in rule_ids:
                continue
            row.key = rule_ids[row.key]
        row.pk, row.questionnaire = None, draft
        row.save()
    if source.default_outcome_id:
        draft.default_outcome = outcomes[source.default_outcome_id]
        draft.save(update_fields=["default_outcome"])
    return draft


def _restore_v3_1(apps):
    """A v3.1 list that went back past this migration (its doctor-today signs
    listed as urgent, its keys dropped with their column) comes forward as it was."""
    Questionnaire = apps.get_model("triage", "Questionnaire")
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    collapsed = [("urgent" if g == "urgent_doctor" else g, text) for g, text, _c in NEW_LIST]
    for questionnaire in Questionnaire.objects.all():
        signs = _signs(questionnaire, SafetyNetItem)
        if [(item.level, item.text) for item in signs] != collapsed:
            continue
        for item, (group, _text, covers) in zip(signs, NEW_LIST):
            item.level, item.covers = group, item.covers or ", ".join(covers)
            item.save(update_fields=["level", "covers"])


def forwards(apps, schema_editor):
    Questionnaire = apps.get_model("triage", "Questionnaire")
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    Translation = apps.get_model("triage", "Translation")
    _restore_v3_1(apps)
    _fill_old_covers(apps)
    new = [(group, text) for group, text, _covers in NEW_LIST]
    for questionnaire in Questionnaire.objects.filter(
        based_on=BASED_ON, status__in=["published", "draft"]
    ).order_by("version"):
        signs = _signs(questionnaire, SafetyNetItem)
        if [(item.level, item.text) for item in signs] == new:
            continue  # already the v3.1 list
        if _is_shipped_v3(questionnaire, apps):
            had_spanish = Translation.objects.filter(
                questionnaire=questionnaire, part=SAFETY_NET_PART, language=SPANISH
            ).exists()
            _put_new_list(
                questionnaire,
                apps,
                spanish=had_spanish or questionnaire.is_demo or questionnaire.status == "draft",
            )
            questionnaire.notes = "\n\n".join(filter(None, [questionnaire.notes, UPGRADED_NOTE]))
            questionnaire.save(update_fields=["notes"])
        else:
            draft = _clone(questionnaire, apps)
            _put_new_list(draft, apps, spanish=True)


def backwards(apps, schema_editor):
    """Before v3.1 there were two levels: a "see a doctor today" sign is listed as
    urgent again (so that 0008's narrower level field can take every row back).
    The lists themselves stay as they are."""
    SafetyNetItem = apps.get_model("triage", "SafetyNetItem")
    SafetyNetItem.objects.filter(level="urgent_doctor").update(level="urgent")


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0009_rule_texts"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
