"""CLINICAL.md 3.1, "Outcome wording": each urgent rule's own words and pages.

Schema: a rule's pages (conditions and articles about its reason) and, on each
new submission, the ids of the rules that fired.

Data, on versions that copy the default (``based_on``) and are a draft or
still sample data (as 0007: a version the clinic's lead approved is left as it
was; clone it to a draft): each shipped rule gets its patient text and "until
you are seen" text where they are blank, their Spanish rows where it has none,
and its pages where it has none. The doctor-today advice stops naming causes
("a blood clot, an infection or a growth") where it is still the shipped text.
The texts are a frozen copy: later edits to ``triage.defaults`` do not change
what this migration wrote.
"""

from django.db import migrations, models
from django.db.models import Q

BASED_ON = "CLINICAL.md v3"
SPANISH = "es"
FIELDS = ("patient_text", "until_then")

RULE_WORDS = {
    "Knee or kneecap out of place": {
        "patient_text": "A knee or kneecap that is out of place can hurt the nerves and blood vessels.",
        "until_then": "Do not try to push it back yourself. Keep your leg still.",
        "es": {
            "patient_text": "Una rodilla o una rótula fuera de lugar puede dañar los nervios y los vasos de sangre.",
            "until_then": "No trate de ponerla en su lugar usted. Mantenga la pierna quieta.",
        },
        "conditions": [],
        "articles": [],
    },
    "Cold, white or pale foot (any cause)": {
        "patient_text": "A cold, pale foot can mean blood is not getting to it. This needs help within hours.",
        "until_then": "Do not put ice or heat on the foot. Keep the leg still.",
        "es": {
            "patient_text": "Un pie frío y pálido puede ser señal de que no le llega sangre. Necesita ayuda en pocas horas.",
            "until_then": "No ponga hielo ni calor en el pie. Mantenga la pierna quieta.",
        },
        "conditions": [],
        "articles": [],
    },
    "Short of breath or chest pain": {
        "patient_text": "Sudden trouble breathing or chest pain can be a blood clot in the lungs or a heart problem.",
        "until_then": "Call for an ambulance. Do not drive yourself, and try not to walk around.",
        "es": {
            "patient_text": "Que le falte el aire de repente o el dolor en el pecho pueden ser un coágulo en los pulmones o un problema del corazón.",
            "until_then": "Pida una ambulancia. No maneje usted, y trate de no caminar.",
        },
        "conditions": [],
        "articles": [],
    },
    "Feels very unwell": {
        "patient_text": "Feeling this unwell can be a sign that germs have spread to the blood (sepsis).",
        "until_then": "Call for an ambulance. Do not wait to see if you feel better.",
        "es": {
            "patient_text": "Sentirse así de mal puede ser señal de que los microbios pasaron a la sangre (sepsis).",
            "until_then": "Pida una ambulancia. No espere a ver si se siente mejor.",
        },
        "conditions": [],
        "articles": [],
    },
    "Crash, high fall or hurt elsewhere": {
        "patient_text": "A crash or a high fall can hurt more than your knee, even if it does not hurt much yet.",
        "until_then": "Keep still and do not walk on the leg. Do not drive yourself.",
        "es": {
            "patient_text": "Un choque o una caída desde lo alto puede lastimar más que la rodilla, aunque todavía no le duela mucho.",
            "until_then": "Quédese quieto y no camine con esa pierna. No maneje usted.",
        },
        "conditions": [],
        "articles": [],
    },
    "Tight, swollen shin or calf, pain getting worse (any cause)": {
        "patient_text": "A tight, swollen leg with pain that keeps getting worse can mean the pressure in the muscle is too high. This needs help within hours.",
        "until_then": "Loosen any tight bandage or brace. Do not raise the leg high.",
        "es": {
            "patient_text": "Una pierna tensa e hinchada, con un dolor que empeora cada vez más, puede ser señal de que hay demasiada presión dentro del músculo. Necesita ayuda en pocas horas.",
            "until_then": "Afloje cualquier venda o rodillera apretada. No levante mucho la pierna.",
        },
        "conditions": [],
        "articles": [],
    },
    "Fever with a hot, swollen knee": {
        "patient_text": "A fever with a hot or swollen knee can be an infection in the joint. It needs treatment fast to protect the joint.",
        "until_then": "Do not wait for the fever to go.",
        "es": {
            "patient_text": "La fiebre con la rodilla caliente o hinchada puede ser una infección de la articulación. Hay que tratarla rápido para proteger la rodilla.",
            "until_then": "No espere a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": [],
    },
    "Fever with a very swollen knee": {
        "patient_text": "A fever with a hot or swollen knee can be an infection in the joint. It needs treatment fast to protect the joint.",
        "until_then": "Do not wait for the fever to go.",
        "es": {
            "patient_text": "La fiebre con la rodilla caliente o hinchada puede ser una infección de la articulación. Hay que tratarla rápido para proteger la rodilla.",
            "until_then": "No espere a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": [],
    },
    "Fever and cannot take 4 steps": {
        "patient_text": "A fever with a hot or swollen knee can be an infection in the joint. It needs treatment fast to protect the joint.",
        "until_then": "Do not wait for the fever to go.",
        "es": {
            "patient_text": "La fiebre con la rodilla caliente o hinchada puede ser una infección de la articulación. Hay que tratarla rápido para proteger la rodilla.",
            "until_then": "No espere a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": [],
    },
    "Numb foot after an injury": {
        "patient_text": "A numb foot after an injury can mean a nerve or blood vessel was hurt, even if the knee looks normal now.",
        "until_then": "Do not put ice on numb skin. Keep the leg still.",
        "es": {
            "patient_text": "Un pie adormecido después de una lesión puede ser señal de que se dañó un nervio o un vaso de sangre, aunque la rodilla ahora se vea normal.",
            "until_then": "No ponga hielo en la piel adormecida. Mantenga la pierna quieta.",
        },
        "conditions": [],
        "articles": [],
    },
    "Hot, swollen knee": {
        "patient_text": "A hot, swollen knee can be an infection or gout, even without a fever.",
        "until_then": "Do not wait for it to cool down or for a fever to go. Rest the knee.",
        "es": {
            "patient_text": "Una rodilla caliente e hinchada puede ser una infección o gota, aunque no tenga fiebre.",
            "until_then": "No espere a que se enfríe ni a que se le quite la fiebre. Descanse la rodilla.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Fever or shivers": {
        "patient_text": "A fever with a sore knee can be a sign of an infection.",
        "until_then": "Do not wait for the fever to go.",
        "es": {
            "patient_text": "La fiebre con dolor de rodilla puede ser señal de una infección.",
            "until_then": "No espere a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Swollen, warm or painful calf": {
        "patient_text": "A swollen, warm or painful calf can be a blood clot in the leg.",
        "until_then": "Do not rub or massage the calf. If you get short of breath or chest pain, call {emergency_number}.",
        "es": {
            "patient_text": "Una pantorrilla hinchada, caliente o con dolor puede ser un coágulo en la pierna.",
            "until_then": "No frote ni dé masajes en la pantorrilla. Si le falta el aire o tiene dolor en el pecho, llame al {emergency_number}.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Recent surgery or shot, hot and swollen": {
        "patient_text": "After surgery or a shot in the knee, heat, swelling or a fever can be a sign of germs in the joint.",
        "until_then": "Call your surgery team today too. Do not wait for it to settle or for a fever to go.",
        "es": {
            "patient_text": "Después de una operación o una inyección en la rodilla, el calor, la hinchazón o la fiebre pueden ser señal de microbios en la articulación.",
            "until_then": "Llame hoy también a su equipo de cirugía. No espere a que se calme ni a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Recent surgery or shot, very swollen": {
        "patient_text": "After surgery or a shot in the knee, heat, swelling or a fever can be a sign of germs in the joint.",
        "until_then": "Call your surgery team today too. Do not wait for it to settle or for a fever to go.",
        "es": {
            "patient_text": "Después de una operación o una inyección en la rodilla, el calor, la hinchazón o la fiebre pueden ser señal de microbios en la articulación.",
            "until_then": "Llame hoy también a su equipo de cirugía. No espere a que se calme ni a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Recent surgery or shot, fever": {
        "patient_text": "After surgery or a shot in the knee, heat, swelling or a fever can be a sign of germs in the joint.",
        "until_then": "Call your surgery team today too. Do not wait for it to settle or for a fever to go.",
        "es": {
            "patient_text": "Después de una operación o una inyección en la rodilla, el calor, la hinchazón o la fiebre pueden ser señal de microbios en la articulación.",
            "until_then": "Llame hoy también a su equipo de cirugía. No espere a que se calme ni a que se le quite la fiebre.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Blood thinner, very swollen knee": {
        "patient_text": "If you take a blood thinner, a knee that swells a lot or fast may be bleeding inside.",
        "until_then": "Do not stop your blood thinner unless a doctor tells you to. Rest the leg.",
        "es": {
            "patient_text": "Si toma un anticoagulante, una rodilla que se hincha mucho o rápido puede estar sangrando por dentro.",
            "until_then": "No deje el anticoagulante a menos que un médico se lo diga. Descanse la pierna.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Blood thinner, fast swelling": {
        "patient_text": "If you take a blood thinner, a knee that swells a lot or fast may be bleeding inside.",
        "until_then": "Do not stop your blood thinner unless a doctor tells you to. Rest the leg.",
        "es": {
            "patient_text": "Si toma un anticoagulante, una rodilla que se hincha mucho o rápido puede estar sangrando por dentro.",
            "until_then": "No deje el anticoagulante a menos que un médico se lo diga. Descanse la pierna.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Night pain for more than 2 weeks": {
        "patient_text": "Pain that wakes you at night for weeks is not usual for a sports injury. A doctor needs to look for the cause.",
        "until_then": "Write down when the pain started and what makes it worse.",
        "es": {
            "patient_text": "Un dolor que le despierta de noche durante semanas no es común en una lesión de deporte. Un médico tiene que buscar la causa.",
            "until_then": "Anote cuándo empezó el dolor y qué lo empeora.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Weight loss without trying": {
        "patient_text": "Losing weight without trying is not usual with knee pain. A doctor needs to look for the cause.",
        "until_then": "Write down how much weight you lost, and over how long.",
        "es": {
            "patient_text": "Bajar de peso sin intentarlo no es común con el dolor de rodilla. Un médico tiene que buscar la causa.",
            "until_then": "Anote cuánto peso bajó y en cuánto tiempo.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Under 18 with a limp or hip pain": {
        "patient_text": "In a young person, a limp or pain in the hip, groin or thigh can come from the hip, even when the knee is what hurts.",
        "until_then": "Until you are seen, do not play sports and do not run. Use crutches if you have them, or rest.",
        "es": {
            "patient_text": "En una persona joven, la cojera o el dolor en la cadera, la ingle o el muslo pueden venir de la cadera, aunque lo que duela sea la rodilla.",
            "until_then": "Hasta que le vean, no haga deporte y no corra. Use muletas si las tiene, o descanse.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Ottawa 1: age 55 or older, injury in the last 7 days": {
        "patient_text": "After an injury, this can mean a broken bone. You may need an X-ray.",
        "until_then": "Rest the leg and keep it raised. Use crutches if you have them.",
        "es": {
            "patient_text": "Después de una lesión, esto puede ser un hueso roto. Puede necesitar una radiografía.",
            "until_then": "Descanse la pierna y manténgala en alto. Use muletas si las tiene.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days": {
        "patient_text": "After an injury, this can mean a broken bone. You may need an X-ray.",
        "until_then": "Rest the leg and keep it raised. Use crutches if you have them.",
        "es": {
            "patient_text": "Después de una lesión, esto puede ser un hueso roto. Puede necesitar una radiografía.",
            "until_then": "Descanse la pierna y manténgala en alto. Use muletas si las tiene.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days": {
        "patient_text": "After an injury, this can mean a broken bone. You may need an X-ray.",
        "until_then": "Rest the leg and keep it raised. Use crutches if you have them.",
        "es": {
            "patient_text": "Después de una lesión, esto puede ser un hueso roto. Puede necesitar una radiografía.",
            "until_then": "Descanse la pierna y manténgala en alto. Use muletas si las tiene.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Under 12, injury in the last 7 days": {
        "patient_text": "In a child, an injury can hurt the part of the bone that is still growing. You may need an X-ray.",
        "until_then": "Rest the leg, and do not play sports until you are seen.",
        "es": {
            "patient_text": "En un niño, una lesión puede dañar la parte del hueso que todavía está creciendo. Puede necesitar una radiografía.",
            "until_then": "Descanse la pierna y no haga deporte hasta que le vean.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Cannot bend to 90 degrees, injury 8 to 28 days ago": {
        "patient_text": "A knee that still cannot bend this far a week or more after an injury has not healed as it should.",
        "until_then": "Do not force it to bend. Rest from sports.",
        "es": {
            "patient_text": "Una rodilla que todavía no se dobla tanto una semana o más después de una lesión no ha sanado como debería.",
            "until_then": "No la fuerce a doblarse. Descanse del deporte.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Cannot take 4 steps now (any time, any cause)": {
        "patient_text": "Not being able to walk on your leg needs a check, and maybe an X-ray.",
        "until_then": "Do not try to walk on it. Use crutches if you have them.",
        "es": {
            "patient_text": "No poder caminar con la pierna necesita una revisión, y quizás una radiografía.",
            "until_then": "No trate de caminar con ella. Use muletas si las tiene.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Cannot lift the leg straight": {
        "patient_text": "Not being able to lift your leg straight can mean a tear at the front of the knee, or a broken kneecap.",
        "until_then": "Keep the knee straight, and do not walk on it without support.",
        "es": {
            "patient_text": "No poder levantar la pierna estirada puede ser un desgarro en la parte de adelante de la rodilla, o una rótula rota.",
            "until_then": "Mantenga la rodilla estirada y no camine sin apoyo.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Pop or snap, injury in the last 28 days": {
        "patient_text": "A pop or snap when you hurt your knee can mean a torn ligament, such as the ACL.",
        "until_then": "Do not play sports yet. Rest the knee and use ice wrapped in a cloth.",
        "es": {
            "patient_text": "Un chasquido o un crujido al lastimarse la rodilla puede ser un ligamento roto, como el ligamento cruzado anterior (LCA).",
            "until_then": "No haga deporte todavía. Descanse la rodilla y póngase hielo envuelto en un paño.",
        },
        "conditions": ["knee-ligament-sprain"],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Knee locked": {
        "patient_text": "A knee that is stuck and will not straighten can mean a torn piece of cartilage (meniscus) is caught in the joint.",
        "until_then": "Do not force it straight. Rest it and keep your weight off it if it hurts.",
        "es": {
            "patient_text": "Una rodilla trabada que no se estira puede ser un pedazo roto de cartílago (menisco) atrapado en la articulación.",
            "until_then": "No la fuerce a estirarse. Descánsela y no se apoye en ella si le duele.",
        },
        "conditions": ["meniscus-tear"],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Fast swelling, injury in the last 28 days": {
        "patient_text": "Fast swelling after an injury often means there is blood inside the knee. A torn ligament can cause this.",
        "until_then": "Rest the knee, keep it raised, and use ice wrapped in a cloth.",
        "es": {
            "patient_text": "Si se hincha rápido después de una lesión, muchas veces hay sangre dentro de la rodilla. Un ligamento roto puede causarlo.",
            "until_then": "Descanse la rodilla, manténgala en alto y póngase hielo envuelto en un paño.",
        },
        "conditions": ["knee-ligament-sprain", "meniscus-tear"],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Gives way, injury in the last 7 days": {
        "patient_text": "A knee that gives way after an injury can mean a torn ligament.",
        "until_then": "Do not play sports yet, and try not to twist or turn on the knee.",
        "es": {
            "patient_text": "Una rodilla que falla después de una lesión puede ser un ligamento roto.",
            "until_then": "No haga deporte todavía, y trate de no girar sobre la rodilla.",
        },
        "conditions": ["knee-ligament-sprain"],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Very swollen knee (any cause)": {
        "patient_text": "A very swollen knee needs a check to find out why.",
        "until_then": "Rest it and keep it raised. If it gets hot or you get a fever, see a doctor today.",
        "es": {
            "patient_text": "Una rodilla muy hinchada necesita una revisión para saber por qué.",
            "until_then": "Descánsela y manténgala en alto. Si se pone caliente o le da fiebre, vea a un médico hoy.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
    "Numb foot": {
        "patient_text": "Numbness or pins and needles that do not go away can mean a nerve is pressed or hurt.",
        "until_then": "Do not put ice or heat on numb skin.",
        "es": {
            "patient_text": "El adormecimiento o el hormigueo que no se quitan pueden ser señal de un nervio apretado o dañado.",
            "until_then": "No ponga calor ni hielo en la piel adormecida.",
        },
        "conditions": [],
        "articles": ["when-to-get-help-for-knee-pain"],
    },
}

OLD_ADVICE = {
    "en": "Some of your answers can be signs of a blood clot, an infection or a growth. A doctor needs to check you today, not a physical therapist. Call {clinic_phone} and ask to see a doctor today, or go to {urgent_care}. If everything is closed, {out_of_hours}.",
    "es": "Algunas de sus respuestas pueden ser señales de un coágulo de sangre, una infección o un bulto que crece. Un médico le tiene que revisar hoy, no un fisioterapeuta. Llame al {clinic_phone} y pida ver a un médico hoy, o vaya a {urgent_care}. Si todo está cerrado, {out_of_hours}.",
}
NEW_ADVICE = {
    "en": "Some of your answers are signs that a doctor needs to check you today, not a physical therapist. Call {clinic_phone} and ask to see a doctor today, or go to {urgent_care}. If everything is closed, {out_of_hours}.",
    "es": "Algunas de sus respuestas son señales de que un médico le tiene que revisar hoy, no un fisioterapeuta. Llame al {clinic_phone} y pida ver a un médico hoy, o vaya a {urgent_care}. Si todo está cerrado, {out_of_hours}.",
}


def _rule_words(rule, Translation, Condition, Article):
    shipped = RULE_WORDS.get(rule.name)
    if shipped is None:
        return
    changed = [field for field in FIELDS if not getattr(rule, field).strip()]
    for field in changed:
        setattr(rule, field, shipped[field])
    if changed:
        rule.save(update_fields=changed)
    for field in FIELDS:
        if getattr(rule, field) != shipped[field]:
            continue  # the clinic's own words: no Spanish written for other English
        Translation.objects.get_or_create(
            questionnaire_id=rule.questionnaire_id,
            language=SPANISH,
            part="rule",
            key=str(rule.pk),
            field=field,
            defaults={"text": shipped["es"][field], "source_text": shipped[field]},
        )
    if not rule.related_conditions.exists() and not rule.related_articles.exists():
        rule.related_conditions.set(Condition.objects.filter(slug__in=shipped["conditions"]))
        rule.related_articles.set(Article.objects.filter(slug__in=shipped["articles"]))


def _doctor_advice(questionnaire, Outcome, Translation):
    outcome = Outcome.objects.filter(
        questionnaire=questionnaire, key="urgent_doctor", advice=OLD_ADVICE["en"]
    ).first()
    if outcome is None:
        return
    outcome.advice = NEW_ADVICE["en"]
    outcome.save(update_fields=["advice"])
    Translation.objects.filter(
        questionnaire=questionnaire,
        language=SPANISH,
        part="outcome",
        key="urgent_doctor",
        field="advice",
        text=OLD_ADVICE["es"],
        source_text=OLD_ADVICE["en"],
    ).update(text=NEW_ADVICE["es"], source_text=NEW_ADVICE["en"])


def forwards(apps, schema_editor):
    Questionnaire = apps.get_model("triage", "Questionnaire")
    Rule = apps.get_model("triage", "Rule")
    Outcome = apps.get_model("triage", "Outcome")
    Translation = apps.get_model("triage", "Translation")
    Condition = apps.get_model("articles", "Condition")
    Article = apps.get_model("articles", "Article")
    for questionnaire in Questionnaire.objects.filter(
        Q(status="draft") | Q(is_demo=True), based_on=BASED_ON
    ):
        for rule in Rule.objects.filter(questionnaire=questionnaire):
            _rule_words(rule, Translation, Condition, Article)
        _doctor_advice(questionnaire, Outcome, Translation)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0013_translations"),
        ("triage", "0008_safety_net_groups_rule_texts"),
    ]

    operations = [
        migrations.AddField(
            model_name="rule",
            name="related_articles",
            field=models.ManyToManyField(
                blank=True,
                related_name="+",
                to="articles.article",
                verbose_name="articles about this reason",
            ),
        ),
        migrations.AddField(
            model_name="rule",
            name="related_conditions",
            field=models.ManyToManyField(
                blank=True,
                related_name="+",
                to="articles.condition",
                verbose_name="conditions about this reason",
            ),
        ),
        migrations.AddField(
            model_name="submission",
            name="fired_rules",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
