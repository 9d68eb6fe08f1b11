"""The Spanish of the one safety-net list (``questions.SAFETY_NET``), re-exported
by ``spanish.py`` as ``SAFETY_NET``."""

# The one safety-net list, in the order of ``questions.SAFETY_NET`` (English -> Spanish).
# Each completes its group's lead ("Llame al 911 ahora o vaya a la sala de
# emergencias si:"). "Se traba" is locking (stuck, will not straighten).
SAFETY_NET = {
    # Llame al 911 o vaya a la sala de emergencias ahora.
    "your knee or kneecap looks out of place": "su rodilla o su rótula se ven fuera de lugar",
    "your foot or lower leg turns cold, white or pale": (
        "el pie o la parte baja de la pierna se le pone frío, blanco o pálido"
    ),
    "you are suddenly short of breath or have chest pain: call an ambulance": (
        "de repente le falta el aire o tiene dolor en el pecho: llame a una ambulancia"
    ),
    "you feel very unwell: confused, very sleepy, breathing fast, "
    "or with blotchy or very pale skin": (
        "se siente muy mal: con confusión, con mucho sueño, respira rápido, "
        "o tiene la piel con manchas o muy pálida"
    ),
    "your shin or calf is very tight and swollen, and the pain keeps getting worse": (
        "tiene la espinilla o la pantorrilla muy tensa e hinchada, y el dolor empeora cada vez más"
    ),
    "you have a fever and your knee is hot or very swollen": (
        "tiene fiebre y la rodilla caliente o muy hinchada"
    ),
    "you have a fever and cannot take 4 steps": "tiene fiebre y no puede dar 4 pasos",
    "your foot or lower leg goes numb after an injury": (
        "se le adormece el pie o la parte baja de la pierna después de una lesión"
    ),
    "you were hurt in a car or bike crash or a fall from a height, "
    "or you are hurt somewhere else too": (
        "se lastimó en un choque de auto o de bicicleta o en una caída desde lo alto, "
        "o también tiene otra parte del cuerpo lastimada"
    ),
    # Vea a un médico hoy.
    "your knee is hot and swollen, even without a fever": (
        "tiene la rodilla caliente e hinchada, aunque no tenga fiebre"
    ),
    "you have a fever (100.4°F / 38°C or higher)": "tiene fiebre (100.4 °F / 38 °C o más)",
    "one calf is swollen, warm or painful": "tiene una pantorrilla hinchada, caliente o con dolor",
    "your knee gets hot or very swollen, or you get a fever, within 3 months of "
    "knee surgery or a shot in the knee, or at any time after a knee replacement": (
        "la rodilla se le pone caliente o muy hinchada, o le da fiebre, en los 3 meses "
        "después de una operación o una inyección en la rodilla, o en cualquier momento "
        "después de un reemplazo de rodilla"
    ),
    "your knee swells up fast or a lot, and you take a blood thinner": (
        "la rodilla se le hincha rápido o mucho, y toma un anticoagulante"
    ),
    "pain wakes you at night, and has done so for more than 2 weeks": (
        "el dolor lo despierta de noche, y eso le pasa desde hace más de 2 semanas"
    ),
    "you have lost weight without trying": "ha bajado de peso sin querer",
    "a child or teenager has a limp, or pain in the hip, groin or thigh": (
        "un niño o adolescente cojea, o tiene dolor en la cadera, la ingle o el muslo"
    ),
    # Pida que le revisen hoy en la clínica o en un centro de atención de urgencias.
    "you cannot take 4 steps on the leg": "no puede dar 4 pasos con esa pierna",
    "you cannot lift the leg with the knee straight": (
        "no puede levantar la pierna con la rodilla estirada"
    ),
    "your knee is stuck (locked) and will not straighten": (
        "la rodilla se le traba (se queda bloqueada) y no puede estirarla"
    ),
    "your knee is very swollen, clearly bigger than the other knee": (
        "tiene la rodilla muy hinchada, claramente más grande que la otra"
    ),
    "you heard or felt a pop when you hurt your knee": (
        "oyó o sintió un chasquido cuando se lastimó la rodilla"
    ),
    "your knee swelled up within a few hours of an injury": (
        "la rodilla se le hinchó en las primeras horas después de una lesión"
    ),
    "your knee gives way in the first week after an injury": (
        "la rodilla le falla en la primera semana después de una lesión"
    ),
    "you cannot bend your knee to a right angle after an injury (you may need an X-ray)": (
        "no puede doblar la rodilla en ángulo recto después de una lesión "
        "(puede necesitar una radiografía)"
    ),
    "you are 55 or older and hurt your knee in the last week (you may need an X-ray)": (
        "tiene 55 años o más y se lastimó la rodilla en la última semana "
        "(puede necesitar una radiografía)"
    ),
    "a child under 12 hurt their knee in the last week": (
        "un niño menor de 12 años se lastimó la rodilla en la última semana"
    ),
    "your foot is numb, or has pins and needles that do not go away": (
        "tiene el pie adormecido, o con un hormigueo que no se quita"
    ),
}
