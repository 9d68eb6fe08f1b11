"""The Spanish of each urgent rule's own words (``rule_words.py``), re-exported
by ``spanish.py`` as ``RULE_TEXTS``: the same facts and the same urgency as the
English, no more and no less; "usted", plain words (CLINICAL.md 3.1)."""

# rule name (as in rules.py) -> (what it may mean, until you are seen), like
# rule_words.TEXTS: the same facts and the same urgency, no more and no less.
_INFECTION = (
    "La fiebre con la rodilla caliente o hinchada puede ser una infección de la articulación. "
    "Hay que tratarla rápido para proteger la rodilla.",
    "No espere a que se le quite la fiebre.",
)
_AFTER_SURGERY = (
    "Después de una operación o una inyección en la rodilla, el calor, la hinchazón o la "
    "fiebre pueden ser señal de microbios en la articulación.",
    "Llame hoy también a su equipo de cirugía. No espere a que se calme ni a que se le "
    "quite la fiebre.",
)
_BLEEDING = (
    "Si toma un anticoagulante, una rodilla que se hincha mucho o rápido puede estar "
    "sangrando por dentro.",
    "No deje el anticoagulante a menos que un médico se lo diga. Descanse la pierna.",
)
_X_RAY = (
    "Después de una lesión, esto puede ser un hueso roto. Puede necesitar una radiografía.",
    "Descanse la pierna y manténgala en alto. Use muletas si las tiene.",
)
_LOOK_FOR_CAUSE = "Un médico tiene que buscar la causa."
RULE_TEXTS = {
    "Knee or kneecap out of place": (
        "Una rodilla o una rótula fuera de lugar puede dañar los nervios y los vasos de sangre.",
        "No trate de ponerla en su lugar usted. Mantenga la pierna quieta.",
    ),
    "Cold, white or pale foot (any cause)": (
        "Un pie frío y pálido puede ser señal de que no le llega sangre. "
        "Necesita ayuda en pocas horas.",
        "No ponga hielo ni calor en el pie. Mantenga la pierna quieta.",
    ),
    "Short of breath or chest pain": (
        "Que le falte el aire de repente o el dolor en el pecho pueden ser un coágulo en los "
        "pulmones o un problema del corazón.",
        "Pida una ambulancia. No maneje usted, y trate de no caminar.",
    ),
    "Feels very unwell": (
        "Sentirse así de mal puede ser señal de que los microbios pasaron a la sangre (sepsis).",
        "Pida una ambulancia. No espere a ver si se siente mejor.",
    ),
    "Crash, high fall or hurt elsewhere": (
        "Un choque o una caída desde lo alto puede lastimar más que la rodilla, aunque todavía "
        "no le duela mucho.",
        "Quédese quieto y no camine con esa pierna. No maneje usted.",
    ),
    "Tight, swollen shin or calf, pain getting worse (any cause)": (
        "Una pierna tensa e hinchada, con un dolor que empeora cada vez más, puede ser señal de "
        "que hay demasiada presión dentro del músculo. Necesita ayuda en pocas horas.",
        "Afloje cualquier venda o rodillera apretada. No levante mucho la pierna.",
    ),
    "Fever with a hot, swollen knee": _INFECTION,
    "Fever with a very swollen knee": _INFECTION,
    "Fever and cannot take 4 steps": _INFECTION,
    "Numb foot after an injury": (
        "Un pie adormecido después de una lesión puede ser señal de que se dañó un nervio o un "
        "vaso de sangre, aunque la rodilla ahora se vea normal.",
        "No ponga hielo en la piel adormecida. Mantenga la pierna quieta.",
    ),
    "Hot, swollen knee": (
        "Una rodilla caliente e hinchada puede ser una infección o gota, aunque no tenga fiebre.",
        "No espere a que se enfríe ni a que se le quite la fiebre. Descanse la rodilla.",
    ),
    "Fever or shivers": (
        "La fiebre con dolor de rodilla puede ser señal de una infección.",
        "No espere a que se le quite la fiebre.",
    ),
    "Swollen, warm or painful calf": (
        "Una pantorrilla hinchada, caliente o con dolor puede ser un coágulo en la pierna.",
        "No frote ni dé masajes en la pantorrilla. Si le falta el aire o tiene dolor en el "
        "pecho, llame al {emergency_number}.",
    ),
    "Recent surgery or shot, hot and swollen": _AFTER_SURGERY,
    "Recent surgery or shot, very swollen": _AFTER_SURGERY,
    "Recent surgery or shot, fever": _AFTER_SURGERY,
    "Blood thinner, very swollen knee": _BLEEDING,
    "Blood thinner, fast swelling": _BLEEDING,
    "Night pain for more than 2 weeks": (
        "Un dolor que le despierta de noche durante semanas no es común en una lesión de "
        "deporte. " + _LOOK_FOR_CAUSE,
        "Anote cuándo empezó el dolor y qué lo empeora.",
    ),
    "Weight loss without trying": (
        "Bajar de peso sin intentarlo no es común con el dolor de rodilla. " + _LOOK_FOR_CAUSE,
        "Anote cuánto peso bajó y en cuánto tiempo.",
    ),
    "Under 18 with a limp or hip pain": (
        "En una persona joven, la cojera o el dolor en la cadera, la ingle o el muslo pueden "
        "venir de la cadera, aunque lo que duela sea la rodilla.",
        "Hasta que le vean, no haga deporte y no corra. Use muletas si las tiene, o descanse.",
    ),
    "Ottawa 1: age 55 or older, injury in the last 7 days": _X_RAY,
    "Ottawa 4: cannot bend to 90 degrees, injury in the last 7 days": _X_RAY,
    "Ottawa 5: could not take 4 steps then or now, injury in the last 7 days": _X_RAY,
    "Under 12, injury in the last 7 days": (
        "En un niño, una lesión puede dañar la parte del hueso que todavía está creciendo. "
        "Puede necesitar una radiografía.",
        "Descanse la pierna y no haga deporte hasta que le vean.",
    ),
    "Cannot bend to 90 degrees, injury 8 to 28 days ago": (
        "Una rodilla que todavía no se dobla tanto una semana o más después de una lesión "
        "no ha sanado como debería.",
        "No la fuerce a doblarse. Descanse del deporte.",
    ),
    "Cannot take 4 steps now (any time, any cause)": (
        "No poder caminar con la pierna necesita una revisión, y quizás una radiografía.",
        "No trate de caminar con ella. Use muletas si las tiene.",
    ),
    "Cannot lift the leg straight": (
        "No poder levantar la pierna estirada puede ser un desgarro en la parte de adelante de "
        "la rodilla, o una rótula rota.",
        "Mantenga la rodilla estirada y no camine sin apoyo.",
    ),
    "Pop or snap, injury in the last 28 days": (
        "Un chasquido o un crujido al lastimarse la rodilla puede ser un ligamento roto, "
        "como el ligamento cruzado anterior (LCA).",
        "No haga deporte todavía. Descanse la rodilla y póngase hielo envuelto en un paño.",
    ),
    "Knee locked": (
        "Una rodilla trabada que no se estira puede ser un pedazo roto de cartílago "
        "(menisco) atrapado en la articulación.",
        "No la fuerce a estirarse. Descánsela y no se apoye en ella si le duele.",
    ),
    "Fast swelling, injury in the last 28 days": (
        "Si se hincha rápido después de una lesión, muchas veces hay sangre dentro de la "
        "rodilla. Un ligamento roto puede causarlo.",
        "Descanse la rodilla, manténgala en alto y póngase hielo envuelto en un paño.",
    ),
    "Gives way, injury in the last 7 days": (
        "Una rodilla que falla después de una lesión puede ser un ligamento roto.",
        "No haga deporte todavía, y trate de no girar sobre la rodilla.",
    ),
    "Very swollen knee (any cause)": (
        "Una rodilla muy hinchada necesita una revisión para saber por qué.",
        "Descánsela y manténgala en alto. Si se pone caliente o le da fiebre, vea a un médico hoy.",
    ),
    "Numb foot": (
        "El adormecimiento o el hormigueo que no se quitan pueden ser señal de un nervio "
        "apretado o dañado.",
        "No ponga calor ni hielo en la piel adormecida.",
    ),
}
