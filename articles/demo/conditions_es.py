"""Spanish (es) versions of the demo conditions in ``conditions.py``.

Data format. ``CONDITIONS_ES`` maps each English demo condition's slug to its
Spanish texts, and only its texts::

    "<english slug>": {
        "name": str,                 # the page title, as the English "name"
        "summary": str,              # plain text, no HTML
        "also_known_as": [str, ...],  # names patients use, shown on the page
        "search_aliases": [str, ...], # other spellings and abbreviations, never shown
        "overview" ... "prevention": str,  # rich text (HTML), one per Condition.SECTIONS
        "care_advice": [             # one per English card, in the English order
            {"heading": str, "points": [str, ...], "action": str},
        ],
    }

Everything else comes from the English item: slug (the Spanish page is
``/es/conditions/<english slug>/``), ICD-10-CM codes, onset, areas,
activities, related articles, and each care card's urgency. Emergency and
urgent cards have no points, as in English: the page renders the clinic's one
shared list of warning signs inside them.

Written fresh (not translated word for word) to CLINICAL.md version 3, in
plain, neutral Latin American Spanish for patients in the United States:
"usted", short sentences, the plain word first and the medical term after it
in brackets. "Sala de emergencias" and "centro de atención de urgencias" (one term); the emergency
number and the clinic's phone only through clinic settings, as in English.
Spanish abbreviations (LCA, LCM) are the ones patients here meet, so they may
be shown; the English ones (ACL, MCL) are search aliases. Osteoarthritis is
never "desgaste"; "tendinopatía", not "tendinitis". Internal links go to the
Spanish pages: ``/es/articles/<english slug>/``.
tests/articles/test_demo_content_es.py checks all of this, and that every
section reads at or above the clinic's INFLESZ target.
"""

HELP_LINK = (
    '<a href="/es/articles/when-to-get-help-for-knee-pain/">'
    "cuándo buscar ayuda por dolor de rodilla</a>"
)

# Self-care is only for a knee with no warning sign (CLINICAL.md: no contradictions).
ONLY_WITHOUT_WARNING_SIGNS = (
    "<p>Estos consejos son solo para una rodilla sin ninguna de las señales de alarma "
    f"de esta página. Si tiene dudas, lea {HELP_LINK}.</p>\n"
)

# Ice: wrapped, 15-20 minutes, never on numb skin or a cold, pale foot.
ICE = (
    "<li>Ponga hielo envuelto en un paño sobre la rodilla de 15 a 20 minutos. "
    "Puede hacerlo cada pocas horas. "
    "Nunca ponga hielo en piel dormida o entumecida, ni en un pie frío y pálido.</li>\n"
)

# Medicines as CLINICAL.md 3.1 says (US over-the-counter labels).
ACETAMINOPHEN_CAUTIONS = """\
<p>No tome más de la dosis máxima por día que dice la caja. No lo tome con otras medicinas que también lo tengan. Pregunte antes a un médico si tiene una enfermedad del hígado. Haga lo mismo si toma 3 o más bebidas con alcohol al día.</p>
"""
# The US label's cautions for anti-inflammatory painkillers, tablets and gels alike.
ANTI_INFLAMMATORY_CAUTIONS = """\
<p>Use la dosis más baja que le ayude, por el menor tiempo. Nunca tome dos de estas medicinas juntas. Eso incluye una aspirina diaria.</p>
<p>Pregunte antes a un médico o a un farmacéutico si usted:</p>
<ul>
<li>tiene 60 años o más</li>
<li>ha tenido una úlcera o un sangrado en el estómago</li>
<li>toma una medicina para diluir la sangre (anticoagulante) o pastillas de esteroides</li>
<li>toma 3 o más bebidas con alcohol al día</li>
<li>tiene la presión alta, o una enfermedad del corazón, de los riñones o del hígado</li>
<li>tiene asma</li>
</ul>
<p>No las use si tiene 20 semanas de embarazo o más, a menos que un médico se lo indique.</p>
"""
# Knee osteoarthritis: an anti-inflammatory gel first (NICE NG226); in the US that is
# diclofenac 1% gel, with its label's limits.
DICLOFENAC_GEL = """\
<p>Pruebe primero un gel antiinflamatorio. Pida gel de diclofenaco al 1 %. Frótelo sobre la rodilla que le duele hasta 4 veces al día, como dice la caja.</p>
<p>No lo use por más de 21 días, a menos que un médico se lo indique. No lo use si toma pastillas antiinflamatorias, como ibuprofeno o naproxeno. Si el gel no basta, pregunte a un médico o a un farmacéutico qué más puede probar.</p>
<p>El gel tiene las mismas precauciones que las pastillas.</p>
"""
# After an injury: acetaminophen first; anti-inflammatories not in the first 48 hours.
PAIN_RELIEF_AFTER_INJURY = (
    "<h3>Medicinas para el dolor después de una lesión</h3>\n"
    "<p>Pruebe primero el acetaminofén (paracetamol).</p>\n"
    + ACETAMINOPHEN_CAUTIONS
    + "<p>Espere 48 horas después de la lesión antes de tomar medicinas antiinflamatorias "
    "para el dolor, como ibuprofeno o naproxeno.</p>\n" + ANTI_INFLAMMATORY_CAUTIONS
)

# PEACE & LOVE (Dubois & Esculier, BJSM 2020), in plain words.
PEACE_AND_LOVE = (
    "<p>En inglés, este plan se llama PEACE &amp; LOVE. Quiere decir: proteger, "
    "subir la pierna, apretar con cuidado y luego volver a usarla poco a poco.</p>\n"
)

# A soft wrap: loosen it at once if the foot tingles or goes numb.
SOFT_WRAP = (
    "<li>Una venda elástica suave o una rodillera elástica pueden ayudar con la hinchazón. "
    "Aflójela si siente hormigueo en el pie o si se le duerme. "
    "Si eso no se quita, busque ayuda de inmediato.</li>\n"
)
RAISE_YOUR_LEG = "<li>Cuando descanse, ponga la pierna más alta que el corazón.</li>\n"

# The cards, in the English order: emergency, urgent, routine.
EMERGENCY_CARD = {
    "heading": "Busque ayuda de emergencia ya si tiene una de estas señales:",
    "action": "Llame ahora al número de emergencias. O vaya a la sala de emergencias.",
    "points": [],
}
URGENT_CARD = {
    "heading": "Busque atención hoy mismo si tiene una de estas señales:",
    "action": (
        "Llame a la clínica y pida una cita con un médico para hoy. O vaya a un centro "
        "de atención de urgencias. Si todo está cerrado, vaya a la sala de emergencias."
    ),
    "points": [],
}
ROUTINE_HEADING = "Vea a un fisioterapeuta o pida una cita en la clínica si:"
ROUTINE_ACTION = "Pida una cita en la clínica."
NOT_BETTER = "Su dolor no mejora después de 2 a 3 semanas de cuidados en casa."

CONDITIONS_ES: dict[str, dict] = {
    "patellofemoral-pain-syndrome": {
        "name": "Síndrome de dolor patelofemoral",
        "also_known_as": ["Rodilla del corredor", "Dolor de rótula"],
        "search_aliases": [
            "Rodilla de corredor",
            "Dolor patelofemoral",
            "Síndrome patelofemoral",
            "Dolor en la rótula",
            "Runner's knee",
            "Runners knee",
        ],
        "summary": (
            "La rodilla del corredor (síndrome de dolor patelofemoral) es un dolor "
            "en la rótula o detrás de ella. Suele pasar por hacer mucho muy pronto. "
            "Por lo general, mejora con los ejercicios adecuados."
        ),
        "overview": """\
<p>La rodilla del corredor es un dolor alrededor de la rótula o detrás de ella. Su nombre médico es síndrome de dolor patelofemoral.</p>
<p>Es una de las causas más comunes de dolor de rodilla en las personas que hacen deporte. Le da mucho a quien corre, pero le puede dar a cualquiera.</p>
<p>La rótula se desliza por un canal al final del hueso del muslo. Si esta parte de la rodilla recibe más carga de la que está acostumbrada, le puede doler.</p>
<p>No quiere decir que su rodilla esté dañada. Aparece poco a poco, no por un solo golpe. La mayoría de las personas mejoran con ejercicio y una vuelta lenta al deporte.</p>
""",
        "symptoms": """\
<p>Puede notar:</p>
<ul>
<li>un dolor sordo alrededor de la rótula o detrás de ella</li>
<li>dolor al subir o bajar escaleras o cuestas</li>
<li>dolor al agacharse, al ponerse de rodillas, al correr o al saltar</li>
<li>dolor después de pasar mucho rato en una silla con las rodillas dobladas</li>
</ul>
<p>Puede darle en una rodilla o en las dos. Por lo general, la rodilla no se hincha.</p>
<p>La rótula puede hacer clic o crujir. Si no duele, esto es común y no hace daño.</p>
""",
        "causes": """\
<p>La parte de atrás de la rótula recibe más carga de la que aguanta por ahora. Estas son las razones más comunes:</p>
<ul>
<li>hacer mucho muy pronto, como correr mucho más lejos que de costumbre</li>
<li>músculos débiles en la parte de adelante del muslo (cuádriceps)</li>
<li>músculos de adelante y de atrás del muslo que no tienen la misma fuerza</li>
<li>músculos débiles en la cadera, que dejan que la rodilla se vaya hacia adentro</li>
<li>un cambio de zapatos o del suelo donde corre</li>
</ul>
<p>El riesgo es mayor en los deportes en que se corre, se salta y se agacha mucho.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<ul>
<li>Haga menos de lo que le duele, pero no deje de moverse.</li>
<li>Por un tiempo, cambie correr y saltar por nadar o por andar en bici con calma.</li>
<li>Haga sus ejercicios para el muslo y la cadera casi todos los días.</li>
<li>Si pasa mucho rato en una silla, levántese y estire las piernas a menudo.</li>
"""
        + ICE
        + """\
</ul>
<h3>Medicinas para el dolor</h3>
"""
        + "<p>El acetaminofén (paracetamol) puede calmar el dolor.</p>\n"
        + ACETAMINOPHEN_CAUTIONS
        + "<p>Las medicinas antiinflamatorias para el dolor, como el ibuprofeno, "
        "también pueden ayudar.</p>\n" + ANTI_INFLAMMATORY_CAUTIONS,
        "treatment": """\
<p>La mayoría de las personas mejoran sin cirugía. El ejercicio es el tratamiento principal.</p>
<p>Un fisioterapeuta le puede ayudar. Puede:</p>
<ul>
<li>darle ejercicios para que los músculos del muslo y de la cadera tengan más fuerza</li>
<li>ver cómo corre, cómo se agacha y cómo cae de un salto</li>
<li>ponerle una cinta en la rótula para calmar el dolor por un tiempo</li>
<li>sugerirle plantillas si sus pies tienen que ver</li>
<li>planear su vuelta al deporte, paso a paso</li>
</ul>
<p>Puede tardar unas semanas o unos meses en mejorar. Siga con sus ejercicios, aun cuando el dolor se calme.</p>
""",
        "prevention": """\
<ul>
<li>Caliente de 5 a 10 minutos antes de hacer ejercicio.</li>
<li>Mantenga fuertes los músculos del muslo y de la cadera.</li>
<li>Entrene un poco más cada vez, no mucho más de golpe.</li>
<li>Cambie a veces correr por nadar o por andar en bici.</li>
<li>Al agacharse o caer de un salto, mantenga las rodillas en línea con la cadera y los pies.</li>
<li>Compre zapatos para correr nuevos cuando los suyos ya estén viejos.</li>
</ul>
<p>Si la rótula le empieza a doler, baje el ritmo unos días. Es más fácil de tratar al principio.</p>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "heading": ROUTINE_HEADING,
                "action": ROUTINE_ACTION,
                "points": [
                    NOT_BETTER,
                    "El dolor no le deja hacer su deporte o sus tareas de cada día.",
                    "La rótula hace clic o cruje, y le duele cuando lo hace.",
                    "Quiere ayuda para planear sus ejercicios.",
                ],
            },
        ],
    },
    "knee-ligament-sprain": {
        "name": "Esguince de rodilla",
        "also_known_as": ["Rodilla torcida", "Rotura del LCA", "Rotura del LCM", "Ligamento roto"],
        "search_aliases": [
            "Esguince de ligamento",
            "Torcedura de rodilla",
            "LCA",
            "LCM",
            "ACL",
            "MCL",
            "Ligamento cruzado anterior",
            "Ligamento colateral medial",
            "Ligamento lateral interno",
            "Ligamento cruzado",
            "Desgarro de ligamento",
        ],
        "summary": (
            "Unas bandas fuertes sostienen la rodilla. En un esguince, una de ellas se estira "
            "de más o se rompe. Suele pasar con un giro, una vuelta o un golpe de repente."
        ),
        "overview": """\
<p>Unas bandas fuertes de tejido mantienen unidos los huesos de la rodilla. Se llaman ligamentos. Un esguince quiere decir que uno se estiró de más o se rompió.</p>
<p>Hay dos ligamentos que se lastiman más a menudo:</p>
<ul>
<li>El LCA cruza por dentro, en el centro de la rodilla. Su nombre completo es ligamento cruzado anterior.</li>
<li>El LCM baja por el lado de adentro de la rodilla. Su nombre completo es ligamento colateral medial.</li>
</ul>
<p>Un esguince puede ser un estirón leve o una rotura completa. Muchos sanan bien con tiempo y ejercicio.</p>
""",
        "symptoms": """\
<p>Los síntomas empiezan justo después de una lesión. Puede notar:</p>
<ul>
<li>un dolor fuerte y de repente</li>
<li>un chasquido o un crujido en el momento</li>
<li>hinchazón, a veces en pocas horas</li>
<li>dolor en el lado de adentro de la rodilla, si es un esguince del LCM</li>
<li>una rodilla que se siente floja o que se dobla sola</li>
<li>dolor al pisar con esa pierna</li>
</ul>
<p>Algunos de estos síntomas pueden querer decir que lo tienen que ver hoy. Las señales de alarma de esta página le dicen cuándo.</p>
""",
        "causes": """\
<p>La mayoría de los esguinces pasan al hacer deporte. Estas son causas comunes:</p>
<ul>
<li>un giro de repente con el pie fijo en el suelo</li>
<li>frenar de golpe o cambiar de dirección muy rápido</li>
<li>caer mal de un salto</li>
<li>un golpe en el lado de la rodilla, como en un choque con otro jugador</li>
</ul>
<p>El fútbol, el baloncesto, el fútbol americano y el esquí tienen más riesgo. Si los músculos del muslo están débiles o cansados, es más fácil tener un esguince. Lo mismo pasa si ya se lastimó la rodilla antes.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<p>Si no puede dar 4 pasos, busque atención hoy mismo. Las muletas pueden ayudar, pero no reemplazan esa visita.</p>
<h3>Los primeros días</h3>
<ul>
<li>Proteja su rodilla. No haga deporte y evite los movimientos que duelen.</li>
"""
        + RAISE_YOUR_LEG
        + SOFT_WRAP
        + ICE
        + """\
</ul>
<h3>Después, úsela poco a poco</h3>
<p>Cuando el dolor baje, empiece a usar la rodilla otra vez. Dóblela y estírela con cuidado. Camine un poco más cada día. Deje que el dolor le guíe.</p>
"""
        + PEACE_AND_LOVE
        + PAIN_RELIEF_AFTER_INJURY,
        "treatment": """\
<p>El tratamiento depende de qué ligamento se lastimó. También depende de qué tan grave es.</p>
<ul>
<li>La mayoría de los esguinces del LCM sanan sin cirugía. Por lo general, basta con una rodillera y ejercicios.</li>
<li>Muchas roturas del LCA se tratan primero con ejercicio. Los músculos fuertes ayudan a que la rodilla esté firme.</li>
<li>Algunas personas necesitan cirugía para rehacer el LCA. Es para una rodilla que se sigue doblando sola. También puede ser para volver a algunos deportes.</li>
</ul>
<p>Un fisioterapeuta le guiará con sus ejercicios. Un médico puede pedir un estudio (resonancia magnética) para ver el daño.</p>
<p>Un esguince leve puede sanar en unas semanas. Una rotura del LCA puede tardar muchos meses.</p>
""",
        "prevention": """\
<ul>
<li>Caliente bien antes del deporte. Por ejemplo, mueva las piernas hacia adelante y hacia atrás, y dé pasos largos.</li>
<li>Mantenga fuertes los músculos de adelante y de atrás del muslo.</li>
<li>Practique caer de un salto con suavidad, con las rodillas dobladas y en línea con los pies.</li>
<li>Aprenda a girar y a frenar con control.</li>
<li>Use zapatos que agarren bien el suelo de su deporte.</li>
<li>Descanse cuando sienta cansancio. Es cuando más se pierde la buena forma.</li>
</ul>
<p>Si ya se lastimó la rodilla antes, termine su rehabilitación antes de volver al deporte.</p>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "heading": ROUTINE_HEADING,
                "action": ROUTINE_ACTION,
                "points": [
                    "Se lastimó la rodilla hace más de una semana y no mejora.",
                    "Su rodilla todavía se dobla sola, semanas después de la lesión.",
                    NOT_BETTER,
                    "Quiere un plan para volver a su deporte.",
                ],
            },
        ],
    },
    "knee-osteoarthritis": {
        "name": "Osteoartritis de rodilla",
        "also_known_as": ["Artritis de rodilla", "Artrosis de rodilla"],
        "search_aliases": [
            "Artrosis",
            "Osteoartrosis",
            "Gonartrosis",
            "Artritis en la rodilla",
            "Enfermedad degenerativa de las articulaciones",
            "OA",
        ],
        "summary": (
            "La artritis en la rodilla (osteoartritis) causa dolor y rigidez. "
            "Es común con la edad. El ejercicio es uno de los mejores tratamientos."
        ),
        "overview": """\
<p>Es el tipo de artritis más común en la rodilla. Su nombre médico es osteoartritis.</p>
<p>Las puntas de los huesos están cubiertas por un tejido liso (cartílago). Con este tipo de artritis, el cartílago se pone más fino. El hueso de alrededor también cambia. La rodilla puede doler y sentirse tiesa.</p>
<p>Es más común con la edad, pero puede empezar antes. Dura mucho tiempo. El dolor suele ir y venir.</p>
<p>Usar la rodilla no la daña. El ejercicio adecuado la hace más fuerte y le quita dolor.</p>
""",
        "symptoms": """\
<p>Puede notar:</p>
<ul>
<li>dolor en la rodilla, a menudo peor después de moverse mucho o al final del día</li>
<li>rigidez en la mañana o después de un rato sin moverse</li>
<li>algo de hinchazón alrededor de la rodilla</li>
<li>una sensación de crujido al moverse</li>
<li>dolor en las escaleras, al ponerse de rodillas o al pararse de una silla</li>
<li>una rodilla que se siente débil</li>
</ul>
<p>Puede sentir el dolor en toda la rodilla o en el lado de adentro.</p>
""",
        "causes": """\
<p>No hay una sola causa. Estas cosas la hacen más probable:</p>
<ul>
<li>la edad</li>
<li>el peso de más, que pone más carga en las rodillas</li>
<li>una lesión vieja de rodilla, como un ligamento roto</li>
<li>músculos débiles en el muslo</li>
<li>tener familiares con artritis</li>
<li>años de trabajo en que hay que ponerse de rodillas o agacharse mucho</li>
</ul>
<p>El ejercicio puede subir el dolor por uno o dos días. Pero hacer ejercicio con calma y seguido es bueno para sus rodillas.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<ul>
<li>No deje de moverse. Caminar, nadar y andar en bici son buenas opciones.</li>
<li>Haga ejercicios para los músculos del muslo unas veces por semana.</li>
<li>Si tiene peso de más, bajar un poco le quita carga a sus rodillas.</li>
<li>Vaya a su ritmo. Reparta las tareas pesadas a lo largo del día.</li>
<li>Use zapatos cómodos con suela blanda.</li>
"""
        + ICE
        + """\
</ul>
<h3>Medicinas para el dolor</h3>
"""
        + DICLOFENAC_GEL
        + ANTI_INFLAMMATORY_CAUTIONS,
        "treatment": """\
<p>El ejercicio y un peso sano son los tratamientos principales. Ayudan a cualquier edad.</p>
<p>Un fisioterapeuta le puede dar un plan de ejercicios. Le dará fuerza y hará que la rodilla se siga moviendo.</p>
<p>Otras cosas que pueden ayudar:</p>
<ul>
<li>medicinas para el dolor, primero un gel que se frota en la rodilla</li>
<li>un bastón, en la mano del otro lado</li>
<li>una inyección de esteroides en la rodilla, para calmar por un tiempo una crisis fuerte de dolor</li>
</ul>
<p>Unas pocas personas siguen con mucho dolor, aun después de todo esto. Un cirujano les puede ofrecer una rodilla nueva (prótesis). La mayoría de las personas nunca la necesita.</p>
""",
        "prevention": """\
<p>No siempre se puede evitar. Pero puede bajar su riesgo y calmar el dolor:</p>
<ul>
<li>Haga ejercicio suave, y hágalo seguido.</li>
<li>Mantenga fuertes los músculos del muslo.</li>
<li>Trate de tener un peso sano.</li>
<li>Caliente antes del ejercicio y aumente poco a poco.</li>
<li>Trate sus lesiones de rodilla y termine su rehabilitación.</li>
</ul>
<p>Estos pasos le ayudan a seguir haciendo lo que le gusta.</p>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "heading": ROUTINE_HEADING,
                "action": ROUTINE_ACTION,
                "points": [
                    NOT_BETTER,
                    "El dolor o la rigidez no le dejan hacer sus tareas de cada día.",
                    "Su rodilla a menudo se siente débil o se dobla sola.",
                    "Quiere ayuda con un plan de ejercicio o para bajar de peso.",
                ],
            },
        ],
    },
    "meniscus-tear": {
        "name": "Desgarro de menisco",
        "also_known_as": ["Menisco roto", "Rotura de menisco", "Cartílago roto"],
        "search_aliases": [
            "Lesión de menisco",
            "Meniscos",
            "Desgarro meniscal",
            "Rotura meniscal",
            "Meniscus",
            "Meniscus tear",
        ],
        "summary": (
            "Es una rotura en uno de los dos cojines de la rodilla. "
            "Suele pasar al girar la rodilla cuando está doblada. "
            "La mayoría mejora sin cirugía."
        ),
        "overview": """\
<p>Su rodilla tiene dos cojines de cartílago, duros y flexibles, con forma de C. Cada uno se llama menisco.</p>
<p>Uno está en el lado de adentro de la rodilla y el otro en el lado de afuera. Están entre el hueso del muslo y el de la espinilla. Frenan los golpes y ayudan a que la rodilla esté firme.</p>
<p>Un menisco se puede romper al hacer deporte, a menudo con un giro. Después de los 40 años, más o menos, se puede romper con un movimiento pequeño. Esto pasa porque con la edad se pone más débil.</p>
<p>La mayoría de los desgarros mejoran con tiempo y ejercicio.</p>
""",
        "symptoms": """\
<p>Puede notar:</p>
<ul>
<li>dolor en el lado de adentro o de afuera de la rodilla, o detrás</li>
<li>hinchazón que crece en un día, más o menos</li>
<li>dolor al girar, al agacharse o al ponerse de rodillas</li>
<li>la sensación de que algo se engancha o hace clic dentro de la rodilla</li>
<li>una rodilla que se puede doblar sola</li>
</ul>
<p>A veces la rodilla se traba y no se puede estirar. Esto se llama bloqueo. Una rodilla trabada necesita atención hoy mismo.</p>
""",
        "causes": """\
<p>En las personas jóvenes, un desgarro suele pasar al hacer deporte. Estas son causas comunes:</p>
<ul>
<li>girar con el pie en el suelo y la rodilla doblada</li>
<li>frenar de golpe o cambiar de dirección</li>
<li>sentadillas muy bajas, sobre todo con mucho peso</li>
<li>un choque o una caída</li>
</ul>
<p>Un desgarro de menisco puede pasar al mismo tiempo que una rotura del LCA.</p>
<p>Con la edad, el menisco se pone más fino. Entonces se puede romper con un movimiento de todos los días, como pararse después de estar en cuclillas.</p>
""",
        "self_care": ONLY_WITHOUT_WARNING_SIGNS
        + """\
<p>Si no puede dar 4 pasos, busque atención hoy mismo. Lo mismo si su rodilla está trabada y no se puede estirar.</p>
<h3>Los primeros días</h3>
<ul>
<li>Proteja su rodilla. No la gire, no haga sentadillas bajas y no se ponga de rodillas.</li>
"""
        + RAISE_YOUR_LEG
        + SOFT_WRAP
        + ICE
        + """\
</ul>
<h3>Después, úsela poco a poco</h3>
<p>Cuando el dolor baje, doble y estire la rodilla con cuidado. Empiece ejercicios fáciles, como subir la pierna estirada. Camine un poco más cada día.</p>
"""
        + PEACE_AND_LOVE
        + PAIN_RELIEF_AFTER_INJURY,
        "treatment": """\
<p>El ejercicio es el tratamiento principal. Un fisioterapeuta le puede dar un plan. Los músculos fuertes del muslo ayudan a proteger la rodilla.</p>
<p>La mayoría de los desgarros mejoran así, aun los grandes. Para la mayoría de las personas, la cirugía no funciona mejor que el ejercicio.</p>
<p>La cirugía es para una rodilla que sigue trabada y no se puede estirar. El cirujano puede coser el desgarro o quitar la parte rota. Se hace con cortes pequeños (artroscopia).</p>
<p>Un médico puede pedir un estudio (resonancia magnética), pero mucha gente no lo necesita.</p>
<p>La mayoría de las personas se sienten mejor en unas semanas o unos meses.</p>
""",
        "prevention": """\
<ul>
<li>Caliente antes del deporte. Por ejemplo, mueva las piernas hacia adelante y hacia atrás, y dé pasos largos.</li>
<li>Mantenga fuertes los músculos de adelante y de atrás del muslo.</li>
<li>Practique girar y caer de un salto con control.</li>
<li>Mantenga las rodillas en línea con los pies.</li>
<li>Tenga cuidado con las sentadillas muy bajas, sobre todo con mucho peso.</li>
<li>Entrene un poco más cada vez, no mucho más de golpe.</li>
</ul>
""",
        "care_advice": [
            EMERGENCY_CARD,
            URGENT_CARD,
            {
                "heading": ROUTINE_HEADING,
                "action": ROUTINE_ACTION,
                "points": [
                    "Su rodilla se engancha o hace clic, y le duele cuando pasa.",
                    "Se lastimó la rodilla hace más de una semana y no mejora.",
                    NOT_BETTER,
                    "Quiere un plan para volver a su deporte.",
                ],
            },
        ],
    },
}
