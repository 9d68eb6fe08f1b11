"""The default questionnaire's patient-facing texts in Spanish (CLINICAL.md v3).

Written fresh for patients, in neutral Latin American Spanish with "usted":
short sentences, plain words, the clinical meaning of each English text kept
exactly (the thresholds, the 4 steps, 911 through {emergency_number}, the
emergency room, urgent care, a doctor and not a physical therapist). Keyed
like the English in ``questions.py``, ``outcomes.py`` and ``rules.py``;
``triage.demo`` stores them as translation rows of the version, each with the
English it was written from.

Error names complete the catalogue's «Díganos …» (English: "Tell us …");
reasons complete «Porque usted nos dijo que …»; warning signs complete
«Llame al 911 ahora o vaya a la sala de emergencias si: …».
"""

# The rules' own words (what it may mean, until seen) have a module of their own.
from triage.defaults.spanish_rule_words import RULE_TEXTS  # noqa: F401  (re-exported)

# So has the safety net.
from triage.defaults.spanish_safety_net import SAFETY_NET  # noqa: F401  (re-exported)

TITLE = "Dolor de rodilla: ¿qué ayuda necesito?"

_STEPS_HINT = (
    "Dos pasos con cada pierna. Puede cojear, pero sin muletas y sin que otra persona le sostenga."
)

# question key -> {field: Spanish}; "unit" only where the English has one.
QUESTIONS = {
    "age": {
        "text": "¿Cuántos años tiene?",
        "help_text": "En años, por ejemplo 35.",
        "error_name": "su edad",
        "unit": "años",
    },
    "injury": {
        "text": "¿Empezó con una lesión: una torcedura, una caída, un golpe o al caer mal de un salto?",
        "help_text": "Responda no si empezó poco a poco, por ejemplo después de correr más que de costumbre.",
        "error_name": "si empezó con una lesión",
    },
    "days_since_start": {
        "text": "¿Hace cuántos días empezó? Si se lastimó otra vez, cuente desde la última lesión.",
        "help_text": "Escriba 0 si fue hoy, por ejemplo 3. Una semana son 7 días.",
        "error_name": "hace cuántos días empezó",
        "unit": "días",
    },
    "high_energy": {
        "text": (
            "Si fue por una lesión: ¿pasó en un choque de auto o de bicicleta, o en una caída "
            "desde más alto que su estatura? ¿O tiene otra parte del cuerpo lastimada?"
        ),
        "error_name": "si pasó en un choque o en una caída desde lo alto",
    },
    "deformity": {
        "text": "¿Su rodilla o su rótula se ven fuera de lugar?",
        "help_text": "La hinchazón sola no cuenta.",
        "error_name": "si su rodilla se ve fuera de lugar",
    },
    "cold_pale_foot": {
        "text": "¿Tiene el pie o la parte baja de la pierna frío, blanco o pálido, comparado con el otro?",
        "help_text": "Un moretón solo no cuenta.",
        "error_name": "si tiene el pie frío o pálido",
    },
    "numb_foot": {
        "text": (
            "¿Tiene el pie o la parte baja de la pierna adormecido, o siente un hormigueo que "
            "no se quita?"
        ),
        "help_text": "No cuenta si se le adormece un rato justo después de ponerse hielo.",
        "error_name": "si tiene el pie adormecido",
    },
    "tight_leg": {
        "text": "¿Tiene la espinilla o la pantorrilla muy tensa e hinchada, y el dolor empeora cada vez más?",
        "error_name": "si tiene la espinilla o la pantorrilla tensa e hinchada",
    },
    "breathless": {
        "text": "¿Le falta el aire de repente, o tiene dolor en el pecho?",
        "error_name": "si le falta el aire o tiene dolor en el pecho",
    },
    "very_unwell": {
        "text": (
            "¿Se siente muy mal: con confusión, con mucho sueño, con la respiración rápida, "
            "o con la piel manchada o muy pálida?"
        ),
        "error_name": "si se siente muy mal",
    },
    "fever": {
        "text": "¿Tiene fiebre (100.4 °F / 38 °C o más), o se siente caliente y con escalofríos?",
        "help_text": "¿No tiene termómetro? Responda sí si se siente caliente y con escalofríos.",
        "error_name": "si tiene fiebre",
    },
    "hot_swollen": {
        "text": "¿Tiene la rodilla caliente e hinchada?",
        "help_text": "Puede verse roja, o más oscura en la piel morena o negra.",
        "error_name": "si tiene la rodilla caliente e hinchada",
    },
    "very_swollen": {
        "text": "¿Tiene la rodilla muy hinchada, claramente más grande que la otra?",
        "error_name": "si tiene la rodilla muy hinchada",
    },
    "weight_bear_now": {
        "text": "¿Puede dar 4 pasos ahora con esa pierna?",
        "help_text": _STEPS_HINT,
        "error_name": "si puede dar 4 pasos ahora",
    },
    "weight_bear_then": {
        "text": "Justo después de que pasó, ¿pudo dar 4 pasos con esa pierna?",
        "help_text": _STEPS_HINT,
        "error_name": "si pudo dar 4 pasos justo después de que pasó",
    },
    "pop": {
        "text": "Cuando pasó, ¿oyó o sintió un chasquido o un crujido?",
        "error_name": "si oyó o sintió un chasquido",
    },
    "swelling_fast": {
        "text": "¿Se le hinchó en las primeras horas después de la lesión?",
        "error_name": "si se le hinchó en las primeras horas",
    },
    "bend_90": {
        "text": "¿Puede doblar la rodilla en ángulo recto, como al sentarse en una silla?",
        "error_name": "si puede doblar la rodilla en ángulo recto",
    },
    "straight_leg": {
        "text": "Boca arriba en la cama, ¿puede levantar la pierna con la rodilla estirada?",
        "error_name": "si puede levantar la pierna con la rodilla estirada",
    },
    "locked": {
        "text": "¿Tiene la rodilla trabada (bloqueada), sin poder estirarla?",
        "help_text": "No cuenta la rigidez que se quita cuando se mueve.",
        "error_name": "si tiene la rodilla trabada",
    },
    "gives_way": {
        "text": "¿Siente que la rodilla le falla y se le dobla?",
        "error_name": "si la rodilla le falla",
    },
    "calf": {
        "text": "¿Tiene una pantorrilla hinchada, caliente o con dolor?",
        "help_text": "La pantorrilla es la parte de atrás de la pierna, debajo de la rodilla.",
        "error_name": "si tiene una pantorrilla hinchada o con dolor",
    },
    "recent_surgery": {
        "text": (
            "¿Le pusieron una prótesis de rodilla? ¿O le operaron la rodilla, o le pusieron "
            "una inyección en la rodilla, en los últimos 3 meses?"
        ),
        "error_name": "si le operaron la rodilla o le pusieron una inyección",
    },
    "blood_thinners": {
        "text": (
            "¿Toma un anticoagulante (como warfarina, apixabán o rivaroxabán), o tiene un "
            "problema de sangrado?"
        ),
        "error_name": "si toma un anticoagulante",
    },
    "night_pain": {
        "text": "¿El dolor le despierta de noche, y le pasa desde hace más de 2 semanas?",
        "error_name": "si el dolor le despierta de noche",
    },
    "weight_loss": {
        "text": "¿Ha bajado de peso sin querer?",
        "error_name": "si ha bajado de peso sin querer",
    },
    "limp_hip": {
        "text": "¿Cojea, o tiene dolor en la cadera, la ingle o el muslo?",
        "error_name": "si cojea o le duele la cadera",
    },
    "not_improving": {
        "text": "¿Ha probado el reposo y los cuidados en casa por 2 a 3 semanas, y no mejora?",
        "help_text": "Cuidados en casa: reposo, hielo, medicina para el dolor y ejercicio suave.",
        "error_name": "si mejora con los cuidados en casa",
    },
}

# outcome key -> {field: Spanish}. Placeholders as in the English.
OUTCOMES = {
    "emergency": {
        "headline": "Llame al {emergency_number} ahora, o vaya a la sala de emergencias",
        "advice": (
            "Algunas de sus respuestas son señales de que necesita ayuda ya. "
            "Si tiene dolor en el pecho, le falta el aire o se siente muy mal, "
            "llame al {emergency_number} para pedir una ambulancia. "
            "No maneje usted. "
            "Mantenga la pierna quieta y trate de no pararse sobre ella."
        ),
        "safety_net": "No espere a ver si mejora.",
    },
    "urgent_doctor": {
        "headline": "Vea a un médico hoy",
        "advice": (
            "Algunas de sus respuestas son señales de que un médico le tiene que revisar hoy, "
            "no un fisioterapeuta. "
            "Llame al {clinic_phone} y pida ver a un médico hoy, o vaya a {urgent_care}. "
            "Si todo está cerrado, {out_of_hours}."
        ),
        "safety_net": "No espere hasta mañana.",
    },
    "urgent": {
        "headline": "Pida que le revisen hoy",
        "advice": (
            "Le tienen que revisar la rodilla hoy. "
            "Llame al {clinic_phone} y pida una cita para hoy, o vaya a {urgent_care}. "
            "Si todo está cerrado, {out_of_hours}. "
            "Mientras tanto, descanse la pierna. Si no puede dar 4 pasos, no trate de caminar."
        ),
        "safety_net": "No espere hasta mañana.",
    },
    "under_18": {
        "headline": "Llame a la clínica o a un médico en los próximos días",
        "advice": (
            "Esta revisión es para adultos de 18 años o más. "
            "La rodilla de una persona joven todavía está creciendo, así que un médico debe "
            "revisar la suya. "
            "Pida a su madre, a su padre o a quien le cuida que llame al {clinic_phone} "
            "o a su médico en los próximos días. "
            "Mientras tanto, descanse de la actividad que le causa dolor."
        ),
        "safety_net": "Si empeora antes, llame al {clinic_phone}.",
    },
    "routine": {
        "headline": "Pida una cita con la clínica",
        "advice": (
            "Su rodilla necesita una revisión, pero no tiene que ser hoy. "
            "Llame al {clinic_phone} para pedir una cita en las próximas 1 a 2 semanas. "
            "Si le operaron la rodilla o le pusieron una inyección en ella, llame también "
            "a su equipo de cirugía. "
            "Mientras tanto, siga moviéndose con calma y haga menos de lo que le causa dolor."
        ),
        "safety_net": "Si empeora antes de su cita, llame al {clinic_phone}.",
    },
    "self_care": {
        "headline": "Por ahora, cuide su rodilla en casa",
        "advice": (
            "Descanse de la actividad que le causó el dolor, pero siga moviéndose con calma. "
            "Póngase hielo envuelto en un paño sobre la rodilla de 15 a 20 minutos, "
            "cada pocas horas. "
            "Nunca ponga hielo sobre la piel adormecida. "
            "Para el dolor, pruebe primero el acetaminofén (paracetamol). "
            "No tome más de lo que dice la caja, ni otra medicina que también lo tenga. "
            "Pregunte antes a un médico si tiene una enfermedad del hígado o toma 3 o más "
            "bebidas con alcohol al día. "
            "No tome ibuprofeno ni naproxeno en los primeros 2 días después de una lesión. "
            "Después, pregunte a un médico o a un farmacéutico si son seguros para usted. "
            "Nunca tome dos de ellos juntos, ni con una aspirina diaria. "
            "No los tome si tiene 20 semanas de embarazo o más, a menos que un médico se lo indique. "
            "Cuando el dolor baje, vuelva al ejercicio poco a poco y caliente antes."
        ),
        "safety_net": "Si no mejora en 2 a 3 semanas, llame al {clinic_phone} para pedir una cita.",
    },
}

# rule name (as in rules.py) -> reason in Spanish.
RULE_REASONS = {
    # Emergency
    "Knee or kneecap out of place": "su rodilla o su rótula se ven fuera de lugar",
    "Cold, white or pale foot (any cause)": (
        "tiene el pie o la parte baja de la pierna frío, blanco o pálido"
    ),
    "Short of breath or chest pain": "de repente le falta el aire o tiene dolor en el pecho",
    "Feels very unwell": "se siente muy mal",
    "Crash, high fall or hurt elsewhere": (
        "pasó en un choque o en una caída desde lo alto, o tiene otra parte del cuerpo lastimada"
    ),
    "Tight, swollen shin or calf, pain getting worse (any cause)": (
        "tiene la espinilla o la pantorrilla muy tensa e hinchada, y el dolor empeora cada vez más"
    ),
    "Fever with a hot, swollen knee": "tiene fiebre y la rodilla caliente e hinchada",
    "Fever with a very swollen knee": "tiene fiebre y la rodilla muy hinchada",
    "Fever and cannot take 4 steps": "tiene fiebre y no puede dar 4 pasos",
    "Numb foot after an injury": "tiene el pie adormecido después de una lesión",
    # Urgent, doctor
    "Hot, swollen knee": "tiene la rodilla caliente e hinchada",
    "Fever or shivers": "tiene fiebre, o se siente caliente y con escalofríos",
    "Swollen, warm or painful calf": "tiene una pantorrilla hinchada, caliente o con dolor",
    "Recent surgery or shot, hot and swollen": (
        "le operaron la rodilla o le pusieron una inyección, y está caliente e hinchada"
    ),
    "Recent surgery or shot, very swollen": (
        "le operaron la rodilla o le pusieron una inyección, y está muy hinchada"
    ),
    "Recent surgery or shot, fever": (
        "le operaron la rodilla o le pusieron una inyección, y tiene fiebre"
    ),
    "Blood thinner, very swollen knee": "toma un anticoagulante y tiene la rodilla muy hinchada",
    "Blood thinner, fast swelling": "toma un anticoagulante y la rodilla se le hinchó rápido",
    "Night pain for more than 2 weeks": (
        "el dolor le despierta de noche, y le pasa desde hace más de 2 semanas"
    ),
    "Weight loss without trying": "ha bajado de peso sin querer",
    "Under 18 with a limp or hip pain": (
        "tiene menos de 18 años y cojea, o tiene dolor en la cadera, la ingle o el muslo"
    ),
    # Urgent, clinic
    "Ottawa 1: age 55 or older, injury in the last 7 days": (
        "tiene 55 años o más y se lastimó la rodilla en los últimos 7 días"
    ),
    "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days": (
        "no puede doblar la rodilla en ángulo recto después de una lesión en los últimos 7 días"
    ),
    "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days": (
        "no pudo dar 4 pasos justo después de la lesión, y todavía no puede"
    ),
    "Under 12, injury in the last 7 days": (
        "tiene menos de 12 años y se lastimó la rodilla en los últimos 7 días"
    ),
    "Cannot bend to 90 degrees, injury 8 to 28 days ago": (
        "todavía no puede doblar la rodilla en ángulo recto, de 8 a 28 días después de una lesión"
    ),
    "Cannot take 4 steps now (any time, any cause)": "ahora no puede dar 4 pasos con esa pierna",
    "Cannot lift the leg straight": "no puede levantar la pierna con la rodilla estirada",
    "Pop or snap, injury in the last 28 days": (
        "oyó o sintió un chasquido cuando se lastimó la rodilla en las últimas 4 semanas"
    ),
    "Knee locked": "tiene la rodilla trabada y no puede estirarla",
    "Fast swelling, injury in the last 28 days": (
        "la rodilla se le hinchó en las primeras horas después de una lesión, "
        "en las últimas 4 semanas"
    ),
    "Gives way, injury in the last 7 days": (
        "la rodilla le falla después de una lesión en los últimos 7 días"
    ),
    "Very swollen knee (any cause)": "tiene la rodilla muy hinchada",
    "Numb foot": "tiene el pie adormecido o con un hormigueo que no se quita",
    # Under 18
    "Under 18": "tiene menos de 18 años",
    # Routine
    "Not getting better with self-care": (
        "su rodilla no mejora con el reposo y los cuidados en casa"
    ),
    "Gives way more than 7 days after an injury": (
        "la rodilla todavía le falla más de 7 días después de una lesión"
    ),
    "Gives way without an injury": "la rodilla le falla",
    "Age 55 or older, injury 8 to 28 days ago": (
        "tiene 55 años o más y se lastimó la rodilla hace 8 a 28 días"
    ),
    "Recent knee surgery or shot": (
        "le operaron la rodilla o le pusieron una inyección (llame también a su equipo de cirugía)"
    ),
    "Cannot bend to 90 degrees more than 7 days after it started": (
        "no puede doblar la rodilla en ángulo recto más de 7 días después de que empezó"
    ),
    "Fast swelling after an injury more than 28 days ago": (
        "la rodilla se le hinchó rápido después de una lesión hace más de 4 semanas"
    ),
    "Pop or snap after an injury more than 28 days ago": (
        "oyó o sintió un chasquido cuando se lastimó la rodilla hace más de 4 semanas"
    ),
}
