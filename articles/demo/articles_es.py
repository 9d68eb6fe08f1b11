"""Spanish (es) versions of the demo articles in ``articles.py``.

Data format. ``ARTICLES_ES`` maps each English demo article's slug to its
Spanish texts, and only its texts::

    "<english slug>": {
        "title": str,
        "summary": str,  # plain text, no HTML
        "body": str,     # rich text (HTML): the English body's headings, lists and tables
    }

The topic comes from the English item, and so does the slug: the Spanish page
is ``/es/articles/<english slug>/``, and links in the bodies point there.

Written fresh (not translated word for word) to CLINICAL.md version 3, in
plain, neutral Latin American Spanish for patients in the United States; see
``conditions_es.py`` for the rules, and tests/articles/test_demo_content_es.py
for the checks, including the clinic's INFLESZ target for every text.
"""

WHEN_TO_GET_HELP = (
    '<a href="/es/articles/when-to-get-help-for-knee-pain/">'
    "cuándo buscar ayuda por dolor de rodilla</a>"
)
PROTECT_YOUR_KNEES = (
    '<a href="/es/articles/preventing-knee-pain-from-exercise/">formas de proteger sus rodillas</a>'
)

ARTICLES_ES: dict[str, dict] = {
    "why-exercise-can-hurt-your-knee": {
        "title": "Por qué el ejercicio le puede causar dolor de rodilla",
        "summary": (
            "Es común que la rodilla duela durante el ejercicio o después. "
            "Conozca las razones principales y lo que puede cambiar."
        ),
        "body": f"""\
<p>El ejercicio es una de las mejores cosas que puede hacer por su salud. Pero a veces le deja la rodilla adolorida. Esto es muy común. A menudo es fácil de arreglar cuando sabe la causa.</p>
<p>La mayor parte del dolor de rodilla por ejercicio viene de una o más de las razones de abajo.</p>
<h2>Los músculos del muslo no tienen la misma fuerza</h2>
<p>Dos grupos grandes de músculos mueven la rodilla. Los músculos de la parte de adelante del muslo (cuádriceps) la estiran. Los músculos de la parte de atrás del muslo (isquiotibiales) la doblan.</p>
<p>Estos músculos trabajan en equipo. A veces un lado está mucho más débil o más tenso que el otro. Entonces la rodilla no se mueve bien. Con el tiempo, la rodilla hace más esfuerzo y le puede doler.</p>
<p>Los ejercicios para los dos grupos pueden ayudar. Las sentadillas, los pasos largos (zancadas) y los puentes son buenos ejemplos. Nuestro artículo sobre {PROTECT_YOUR_KNEES} tiene más ideas.</p>
<h2>No se mueve de la forma correcta</h2>
<p>Cómo se mueve importa tanto como cuánto se mueve. Sus rodillas deben quedar en línea con la cadera y los tobillos. Si las rodillas se van hacia adentro o hacia afuera, hacen más esfuerzo del que deben.</p>
<p>Esto puede pasar al correr, al saltar o al levantar pesas. También puede pasar en movimientos simples, como las sentadillas. Es más fácil que pase con los músculos cansados. Nuestro artículo sobre <a href="/es/articles/exercise-technique-and-knee-alignment/">cómo moverse bien al hacer ejercicio</a> tiene pruebas fáciles que puede hacer.</p>
<h2>Hace mucho, muy pronto</h2>
<p>Puede repetir el mismo movimiento una y otra vez, sin descansar lo suficiente. Eso le da demasiada carga a la rodilla. Correr, saltar y andar en bici son ejemplos comunes. Los médicos llaman a esto una lesión por uso excesivo.</p>
<p>El riesgo es mayor cuando cambia su entrenamiento muy rápido. Quizás corre mucho más lejos, entrena más días por semana o sube cuestas, todo a la vez. Sus músculos, tendones y articulaciones necesitan tiempo para acostumbrarse.</p>
<p>Los días de descanso son parte del entrenamiento, no una pausa. Le dan tiempo al cuerpo para sanar y ponerse más fuerte.</p>
<h2>Ya se lastimó la rodilla antes</h2>
<p>Una lesión vieja puede dejar la rodilla débil o menos firme. Un esguince o un cojín de cartílago roto son ejemplos comunes. Si la rodilla no sanó del todo, le puede volver a doler cuando le pide mucho.</p>
<p>Después de una lesión, un fisioterapeuta le puede ayudar. Le puede dar ejercicios para recuperar la fuerza.</p>
<h2>Sus rodillas cargan peso de más</h2>
<p>Sus rodillas reciben mucha fuerza con cada paso. Al correr o saltar, esa fuerza sube mucho. El peso de más pone más carga en la rodilla.</p>
<p>Bajar aunque sea un poco de peso le quita carga a sus rodillas. Nadar o andar en bici con calma le deja seguir en movimiento mientras tanto.</p>
<h2>Problemas de rodilla comunes con el ejercicio</h2>
<p>Estas causas pueden llevar a unos problemas de rodilla que son comunes:</p>
<ul>
<li>Dolor alrededor de la rótula, que muchos llaman rodilla del corredor (síndrome de dolor patelofemoral)</li>
<li>Una banda que sostiene la rodilla se estira de más o se rompe (esguince)</li>
<li>Artritis en la rodilla (osteoartritis), que es más común con la edad</li>
<li>Un cojín de cartílago dentro de la rodilla se rompe (desgarro de menisco)</li>
</ul>
<p>Para saber más de las partes de la rodilla, lea <a href="/es/articles/how-your-knee-works/">cómo funciona su rodilla</a>.</p>
<h2>Lo que puede hacer ahora</h2>
<p>La mayor parte del dolor de rodilla por ejercicio mejora con descanso y cuidados simples en casa. Vea <a href="/es/articles/what-to-do-when-your-knee-hurts-after-exercise/">qué hacer si le duele la rodilla después del ejercicio</a>.</p>
<p>Algunos dolores de rodilla se deben revisar antes. Lea {WHEN_TO_GET_HELP} para conocer las señales de alarma.</p>
""",
    },
    "preventing-knee-pain-from-exercise": {
        "title": "Caliente, gane fuerza y otras formas de proteger sus rodillas",
        "summary": (
            "Unos hábitos simples le ayudan a moverse sin dolor de rodillas. "
            "Estos son los que más ayudan."
        ),
        "body": f"""\
<p>Usted puede hacer mucho para cuidar sus rodillas al hacer ejercicio. Ninguno de estos pasos toma mucho tiempo. Juntos, bajan su riesgo de tener dolor de rodilla.</p>
<h2>Dele fuerza a los músculos alrededor de la rodilla</h2>
<p>Los músculos fuertes le quitan peso a la rodilla. También ayudan a que la rótula se mueva bien.</p>
<p>Trabaje los músculos de adelante del muslo (cuádriceps) y los de atrás (isquiotibiales). Es importante que tengan la misma fuerza. Trate de hacer ejercicios de fuerza dos o tres veces por semana. Buenas opciones son:</p>
<ul>
<li>Sentadillas, solo tan bajo como le resulte cómodo</li>
<li>Pasos largos (zancadas), hacia adelante o hacia atrás</li>
<li>Puentes: boca arriba, suba la cadera del suelo</li>
<li>Subir a un escalón bajo</li>
</ul>
<p>Empiece con pocas de cada una y haga más con el tiempo. Los músculos fuertes de la cadera y de la barriga también ayudan.</p>
<h2>Caliente antes de empezar</h2>
<p>Calentar lleva sangre a los músculos. Los suelta y los prepara para el trabajo. Dedique de 5 a 10 minutos antes de cada sesión.</p>
<p>Empiece con algo fácil, como caminar rápido o trotar despacio. Luego estire mientras se mueve (estiramientos dinámicos). Son estiramientos que se hacen en movimiento, no sin moverse. Pruebe:</p>
<ul>
<li>Pasos largos al caminar</li>
<li>Mover la pierna hacia adelante y atrás, y de lado a lado</li>
<li>Hacer círculos suaves con las rodillas</li>
</ul>
<h2>Estire al terminar</h2>
<p>Después del ejercicio, tome unos minutos para enfriarse. Baje el ritmo. Luego estire la parte de adelante y de atrás de los muslos, y las pantorrillas. Mantenga cada estiramiento unos 20 a 30 segundos. Estirar ayuda a que los músculos sigan flexibles y parejos.</p>
<h2>Cambie de actividad</h2>
<p>Hacer la misma actividad todos los días pone siempre la misma carga en sus rodillas. Cambiar de actividad reparte la carga.</p>
<p>Las actividades suaves, sin golpes fuertes, cuidan sus rodillas. Buenas opciones son:</p>
<ul>
<li>Nadar o hacer ejercicio en el agua</li>
<li>Andar en bici</li>
<li>Yoga</li>
</ul>
<p>Por ejemplo, una vez por semana puede nadar o salir en bici en lugar de correr.</p>
<h2>Use zapatos adecuados</h2>
<p>Los buenos zapatos ayudan a frenar el golpe de cada paso. Elija zapatos hechos para su deporte, que sean acolchados y firmes. Cámbielos cuando se sientan planos o viejos.</p>
<h2>Aumente poco a poco</h2>
<p>Muchos problemas de rodilla empiezan cuando las personas hacen mucho muy pronto. Su cuerpo necesita tiempo para acostumbrarse.</p>
<p>Aumente la distancia, el tiempo o el esfuerzo solo un poco cada vez. Cambie una sola cosa a la vez, no las tres juntas. Planee también semanas fáciles y días de descanso.</p>
<h2>Escuche a sus rodillas</h2>
<p>El dolor es una señal de que algo necesita atención. No siga si siente un dolor agudo o un dolor que empeora. Baje el ritmo, descanse y deje que se calme.</p>
<p>¿Ya tuvo dolor o una lesión de rodilla? Entonces hable con un fisioterapeuta antes de empezar un plan nuevo. Le puede ayudar a elegir los ejercicios adecuados. Para moverse mejor, lea <a href="/es/articles/exercise-technique-and-knee-alignment/">cómo moverse bien al hacer ejercicio</a>.</p>
<h2>Si la rodilla le sigue doliendo</h2>
<p>Algunos dolores de rodilla se deben revisar. Lea {WHEN_TO_GET_HELP}. Ahí verá las señales a las que debe estar atento.</p>
""",
    },
    "exercise-technique-and-knee-alignment": {
        "title": "Cómo moverse bien al hacer ejercicio: rodillas en línea",
        "summary": (
            "Moverse bien reparte la carga por toda la rodilla. "
            "Aprenda a poner el cuerpo en línea y qué debe vigilar."
        ),
        "body": f"""\
<p>Su forma de moverse tiene mucho efecto en sus rodillas. Moverse bien reparte la carga por toda la rodilla. Moverse mal puede cargar de más una parte. Con el tiempo, eso puede causar dolor.</p>
<p>Los consejos de abajo sirven para la mayoría de los ejercicios. Eso incluye correr, saltar, levantar pesas, y hacer sentadillas y pasos largos.</p>
<h2>Mantenga las rodillas en línea</h2>
<p>Sus rodillas deben apuntar hacia el mismo lado que los dedos de los pies. Piense en una línea recta que va de la cadera a la rodilla, y de ahí al tobillo. Trate de mantener esa línea al moverse.</p>
<p>Fíjese que las rodillas no se vayan hacia adentro, una hacia la otra. Esto pasa mucho al hacer sentadillas, al caer de un salto o al bajar escaleras. Fíjese también que no se abran hacia los lados.</p>
<p>Una prueba fácil es hacer una sentadilla lenta frente a un espejo. Sus rodillas deben quedar sobre los pies todo el tiempo.</p>
<h2>Mantenga la espalda en su forma natural</h2>
<p>Su espalda tiene una curva suave y natural. Trate de mantener esa forma al hacer ejercicio. Los médicos llaman a esto columna neutra. No doble la espalda hacia adelante ni la arquee de más.</p>
<p>Con la espalda bien puesta, el resto del cuerpo también queda en línea. Eso incluye la cadera y las rodillas.</p>
<h2>Apriete la barriga</h2>
<p>La zona media es el anillo de músculos alrededor de la barriga y la parte baja de la espalda. Apriete un poco estos músculos antes de levantar peso o hacer una sentadilla. Es como si se preparara para un golpe suave en la barriga.</p>
<p>Una zona media firme le da estabilidad al cuerpo. Así las rodillas no tienen que trabajar tanto para que no pierda el equilibrio.</p>
<h2>Caiga con suavidad</h2>
<p>Al saltar o correr, caiga con las rodillas un poco dobladas. Deje que las piernas frenen el golpe. Trate de no caer con las piernas rectas o tiesas.</p>
<h2>Cómo moverse bien, de un vistazo</h2>
<table>
<thead>
<tr><th>Bien</th><th>Tenga cuidado con</th></tr>
</thead>
<tbody>
<tr><td>Las rodillas apuntan hacia el mismo lado que los pies</td><td>Rodillas que se van hacia adentro</td></tr>
<tr><td>Cadera, rodillas y tobillos en línea recta</td><td>Rodillas que se abren hacia los lados</td></tr>
<tr><td>La espalda en su forma natural</td><td>Espalda doblada hacia adelante o muy arqueada</td></tr>
<tr><td>Los músculos de la barriga un poco apretados</td><td>Una zona media floja</td></tr>
<tr><td>Caer con suavidad, con las rodillas dobladas</td><td>Caer con las piernas tiesas y rectas</td></tr>
<tr><td>Movimientos lentos y firmes</td><td>Ir con prisa, o levantar más peso del que puede controlar</td></tr>
</tbody>
</table>
<h2>Vaya más despacio y use menos peso</h2>
<p>Es fácil moverse mal cuando siente cansancio o cuando el peso es mucho. Muévase despacio, para tener el control. Si empieza a moverse mal, use menos peso o descanse.</p>
<p>Los buenos zapatos también ayudan. Elija zapatos hechos para su deporte, que sostengan bien los pies.</p>
<h2>Pida a alguien que vea cómo se mueve</h2>
<p>Puede ser difícil verse a uno mismo. Un entrenador certificado o un fisioterapeuta le puede ver moverse. Puede notar problemas a tiempo y enseñarle a corregirlos.</p>
<p>También puede grabarse con el teléfono. Mire el video en cámara lenta para ver hacia dónde van sus rodillas.</p>
<p>Moverse bien da más resultado con músculos fuertes y un buen calentamiento. Lea {PROTECT_YOUR_KNEES} para saber más.</p>
<h2>Si le duele la rodilla</h2>
<p>Pare si siente un dolor agudo al hacer ejercicio. Lea {WHEN_TO_GET_HELP} para saber cuándo consultar.</p>
""",
    },
    "what-to-do-when-your-knee-hurts-after-exercise": {
        "title": "Qué hacer si le duele la rodilla después del ejercicio",
        "summary": (
            "La mayor parte del dolor de rodilla después del ejercicio mejora con cuidados "
            "simples en casa. Esto es lo que puede hacer para calmar el dolor y ayudar a sanar."
        ),
        "body": f"""\
<p>Es común que la rodilla duela después del ejercicio. La mayoría de las veces se calma con cuidados simples en casa. Esta página le dice qué hacer.</p>
<h2>Primero, vea si tiene señales de alarma</h2>
<p>Los cuidados en casa son solo para una rodilla sin señales de alarma. Lea primero {WHEN_TO_GET_HELP}. Ahí están las señales que indican que necesita ayuda hoy, o de inmediato.</p>
<p>Si no puede dar 4 pasos con esa pierna, busque atención hoy mismo. Las muletas le ayudan a moverse, pero no reemplazan esa visita.</p>
<h2>Pasos simples</h2>
<ol>
<li>Deje la actividad que le causó el dolor.</li>
<li>Proteja su rodilla por unos días.</li>
<li>Suba la pierna y use hielo para calmar el dolor y la hinchazón.</li>
<li>Tome algo para el dolor si lo necesita.</li>
<li>Empiece ejercicios suaves cuando el dolor se calme.</li>
<li>Vuelva poco a poco a lo que hace siempre.</li>
</ol>
<h2>Proteja su rodilla</h2>
<p>Tome un descanso de los movimientos que duelen, como correr, saltar y las sentadillas bajas. Esto no quiere decir quedarse en cama. Caminar con calma en la casa está bien, si no duele.</p>
<h2>Suba la pierna y véndela</h2>
<p>Cuando se siente, ponga la pierna sobre un banco o una almohada. Trate de tener la rodilla más alta que el corazón. Esto ayuda a bajar la hinchazón.</p>
<p>Una venda elástica suave o una rodillera elástica también ayudan con la hinchazón. Debe quedar ajustada, pero no apretada. Aflójela si siente hormigueo en el pie o si se le duerme. Si eso no se quita, busque ayuda de inmediato.</p>
<h2>Hielo</h2>
<p>Envuelva hielo o una bolsa de verduras congeladas en un paño. Póngalo sobre la rodilla de 15 a 20 minutos. Puede hacerlo cada pocas horas.</p>
<p>Nunca ponga el hielo directo sobre la piel, porque la puede quemar. Nunca ponga hielo en piel dormida o entumecida, ni en un pie frío y pálido.</p>
<h2>Medicinas para el dolor</h2>
<p>Después de una lesión, pruebe primero el acetaminofén (paracetamol). No tome más de la dosis máxima por día que dice la caja. No lo tome con otras medicinas que también lo tengan. Pregunte antes a un médico si tiene una enfermedad del hígado. Haga lo mismo si toma 3 o más bebidas con alcohol al día.</p>
<p>Las medicinas antiinflamatorias para el dolor, como el ibuprofeno o el naproxeno, pueden calmar el dolor y la hinchazón. Después de una lesión, espere 48 horas antes de tomarlas. En los primeros días, pueden hacer que sane más lento.</p>
<p>Estas medicinas no son seguras para todos. Use la dosis más baja que le ayude, por el menor tiempo. Nunca tome dos de ellas juntas. Eso incluye una aspirina diaria.</p>
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
<h2>Ejercicios suaves</h2>
<p>Cuando el dolor empiece a calmarse, los ejercicios suaves le dan fuerza a la rodilla. Empiece despacio y pare si el dolor empeora.</p>
<ul>
<li><strong>Subir la pierna estirada:</strong> Acuéstese boca arriba. Apriete el muslo y suba un poco de la cama la pierna estirada. Quédese así unos segundos y bájela despacio.</li>
<li><strong>Doblar la rodilla de pie:</strong> Póngase de pie y agárrese de una silla. Doble la rodilla para subir el talón hacia atrás. Bájelo despacio.</li>
<li><strong>Estirar el muslo:</strong> Póngase de pie y agárrese de una silla. Tome su tobillo y lleve con suavidad el talón hacia atrás. Debe sentir que se estira la parte de adelante del muslo.</li>
</ul>
<p>Trate de hacer unas 10 de cada uno, una o dos veces al día. Un fisioterapeuta le puede dar un plan para su rodilla.</p>
<h2>Úsela poco a poco</h2>
<p>Su rodilla sana mejor cuando la usa. Cuando el dolor baje, haga un poco más cada día. Deje que el dolor le guíe.</p>
<p>En inglés, este plan se llama PEACE &amp; LOVE. Quiere decir: proteger, subir la pierna, apretar con cuidado y luego volver a usarla poco a poco. Moverse de otras formas, como nadar, también ayuda.</p>
<h2>Rodilleras</h2>
<p>Puede usar una rodillera o una manga ajustada (de compresión). Le puede ayudar a sentir la rodilla más firme. Puede calmar el dolor al moverse. Pregunte a un farmacéutico o a un fisioterapeuta qué tipo le sirve.</p>
<h2>Cómo ayuda cada paso</h2>
<table>
<thead>
<tr><th>Qué hacer</th><th>Cómo ayuda</th></tr>
</thead>
<tbody>
<tr><td>Proteger la rodilla</td><td>Le da tiempo para sanar</td></tr>
<tr><td>Subir la pierna y vendarla</td><td>Ayuda a bajar la hinchazón</td></tr>
<tr><td>Hielo envuelto en un paño</td><td>Calma el dolor y la hinchazón</td></tr>
<tr><td>Medicinas para el dolor</td><td>Hacen más fácil moverse</td></tr>
<tr><td>Ejercicios suaves</td><td>Dan fuerza y mantienen la rodilla en movimiento</td></tr>
<tr><td>Más carga, poco a poco</td><td>Ayuda a que la rodilla sane fuerte</td></tr>
</tbody>
</table>
<h2>Volver al ejercicio</h2>
<p>Cuando su rodilla se sienta mejor, haga más poco a poco. Lea <a href="/es/articles/getting-back-to-exercise-after-knee-pain/">cómo volver al ejercicio después del dolor de rodilla</a> para ver un plan paso a paso.</p>
<h2>Cuando los cuidados en casa no bastan</h2>
<p>Si su dolor no mejora después de 2 a 3 semanas, pida una cita en la clínica. Si en algún momento aparece una señal de alarma, lea {WHEN_TO_GET_HELP}.</p>
""",
    },
    "when-to-get-help-for-knee-pain": {
        "title": "Cuándo buscar ayuda por dolor de rodilla",
        "summary": (
            "La mayor parte del dolor de rodilla mejora en casa. Pero algunas señales necesitan "
            "ayuda rápida. Esta guía le dice qué hacer y a quién llamar."
        ),
        "body": """\
<p>La mayor parte del dolor de rodilla por ejercicio mejora con cuidados en casa. Pero algunas señales quieren decir que necesita ayuda hoy, o incluso de inmediato.</p>
<p>Las señales de alarma están en la lista de abajo, después de esta guía. Esta guía le dice qué hacer si tiene una.</p>
<h2>Use la prueba de la rodilla</h2>
<p>Nuestra <a href="/es/triage/">prueba de la rodilla</a> le hace unas preguntas cortas. Luego le dice qué tipo de ayuda buscar, y qué tan pronto. Es para adultos de 18 años o más. No le dice qué tiene. No es un diagnóstico.</p>
<h2>Si necesita ayuda de inmediato</h2>
<p>Llame ya al número de emergencias, o vaya a la sala de emergencias. No maneje usted hasta allá.</p>
<p>Si tiene dolor en el pecho, le cuesta respirar o se siente muy mal, llame a una ambulancia. No espere a que alguien le lleve.</p>
<p>Diga a la persona en el teléfono qué pasó y cuándo. Dígale si toma una medicina para diluir la sangre.</p>
<h2>Si necesita atención hoy</h2>
<p>Llame a la clínica y pida una cita para hoy. Diga que le tienen que ver hoy, y por qué.</p>
<p>Si la clínica no le puede ver hoy, vaya a un centro de atención de urgencias. Las señales de alarma de abajo dicen qué hacer si todo está cerrado.</p>
<p>Algunas señales necesitan un médico, no un fisioterapeuta. Cuando llame, diga qué señales tiene. Le ayudarán a ver a la persona indicada.</p>
<h2>Qué tener listo</h2>
<p>Cuando llame o vaya, ayuda saber:</p>
<ul>
<li>cuándo y cómo empezó el dolor</li>
<li>qué lo mejora o lo empeora</li>
<li>las medicinas que toma, y si alguna es para diluir la sangre</li>
<li>si le operaron la rodilla o le pusieron inyecciones en ella</li>
</ul>
<p>Lleve su tarjeta del seguro médico y una identificación con foto. Use pantalones cortos o flojos, para que sea fácil ver la rodilla.</p>
<h2>Si tiene dudas</h2>
<blockquote>Llame a la clínica. Siempre está bien preguntar.</blockquote>
<h2>Si no necesita ayuda hoy</h2>
<p>Si no tiene ninguna señal de alarma, lo más seguro es que pueda cuidar su rodilla en casa. Lea <a href="/es/articles/what-to-do-when-your-knee-hurts-after-exercise/">qué hacer si le duele la rodilla después del ejercicio</a> para saber cómo.</p>
<p>¿Su dolor no mejora después de 2 a 3 semanas de cuidados en casa? Pida una cita en la clínica. Pida una también si el dolor no le deja hacer sus cosas de siempre.</p>
<p>Vigile su rodilla. Si más tarde aparece una señal de alarma, busque ayuda como dice la lista de abajo.</p>
<h2>Niños y adolescentes</h2>
<p>Si tiene menos de 18 años, llame a la clínica o a un médico en los próximos días. Si tiene una señal de alarma, busque ayuda como dice la lista de abajo.</p>
""",
    },
    "how-your-knee-works": {
        "title": "Cómo funciona su rodilla",
        "summary": (
            "Su rodilla tiene huesos, cartílago, tendones y bandas fuertes de tejido. "
            "Vea cómo trabajan en equipo, y por qué le pueden doler."
        ),
        "body": f"""\
<p>La rodilla es la articulación más grande de su cuerpo. Carga su peso cuando está de pie, camina, corre y salta. Deja que la pierna se doble y se estire, y también gira un poco.</p>
<p>Si conoce las partes de la rodilla, le será más fácil entender de dónde viene el dolor.</p>
<h2>Los huesos</h2>
<p>Tres huesos se unen en la rodilla:</p>
<ul>
<li>El hueso del muslo (fémur) está arriba.</li>
<li>El hueso de la espinilla (tibia) está abajo.</li>
<li>La rótula (patela) está adelante.</li>
</ul>
<p>La rótula es un hueso chico y plano. Cuando dobla la rodilla, la rótula se desliza por un canal al final del hueso del muslo. Ayuda a los músculos del muslo a estirar la pierna con menos esfuerzo.</p>
<h2>El cartílago</h2>
<p>Las puntas de los huesos están cubiertas por un tejido liso y resbaloso (cartílago). Deja que los huesos se deslicen uno sobre otro sin rozarse.</p>
<p>Su rodilla también tiene dos cojines de cartílago, duros y flexibles, con forma de C. Se llaman meniscos. Cada uno se llama menisco. Uno está en el lado de adentro de la rodilla y el otro en el lado de afuera. Están entre el hueso del muslo y el de la espinilla. Frenan los golpes y ayudan a que la rodilla esté firme.</p>
<h2>Los ligamentos</h2>
<p>Los ligamentos son bandas fuertes de tejido. Unen un hueso con otro y hacen que la rodilla esté firme. Su rodilla tiene cuatro ligamentos principales:</p>
<ul>
<li>Dos se cruzan, uno sobre otro, en el centro de la rodilla. Son el LCA y el LCP. Evitan que el hueso de la espinilla se vaya de más hacia adelante o hacia atrás.</li>
<li>Uno baja por el lado de adentro de la rodilla. Es el LCM.</li>
<li>Uno baja por el lado de afuera de la rodilla. Es el LCL.</li>
</ul>
<p>Las dos bandas de los lados evitan que la rodilla se doble de más hacia los lados. Cada grupo de letras es la forma corta de un nombre más largo. Por ejemplo, LCA quiere decir ligamento cruzado anterior. LCM quiere decir ligamento colateral medial.</p>
<h2>Los músculos y los tendones</h2>
<p>Los tendones son cordones duros que unen los músculos con los huesos. Cuando un músculo se aprieta, jala su tendón, y la rodilla se mueve.</p>
<p>Los músculos grandes de adelante del muslo (cuádriceps) estiran la rodilla. Los músculos de atrás del muslo (isquiotibiales) la doblan. El tendón de abajo de la rótula une los músculos del muslo con el hueso de la espinilla.</p>
<h2>Cómo empiezan los problemas</h2>
<p>Todas estas partes tienen que trabajar juntas. Los problemas pueden empezar cuando una parte hace demasiado esfuerzo. Por ejemplo:</p>
<ul>
<li>Si los músculos del muslo están débiles o tensos, pueden sacar a la rótula de su camino. Esto puede causar dolor alrededor de la rótula, que muchos llaman rodilla del corredor (síndrome de dolor patelofemoral).</li>
<li>Un giro o una vuelta de repente puede estirar de más o romper un ligamento. Esto se llama esguince. El LCA y el LCM se lastiman a menudo.</li>
<li>Un giro con la rodilla doblada puede romper un menisco (desgarro de menisco).</li>
<li>Con los años, el cartílago liso se puede poner más fino, y el hueso de alrededor cambia. Esto es artritis en la rodilla (osteoartritis). Usar la rodilla no la daña.</li>
<li>Repetir mucho el mismo movimiento puede hacer que un tendón duela y se ponga tieso. Los médicos llaman a esto tendinopatía.</li>
</ul>
<p>Conozca más sobre las razones comunes en <a href="/es/articles/why-exercise-can-hurt-your-knee/">por qué el ejercicio le puede causar dolor de rodilla</a>.</p>
<h2>Cuándo buscar ayuda</h2>
<p>Hay problemas de rodilla que se deben revisar. Y hay otros que necesitan ayuda rápida. Lea {WHEN_TO_GET_HELP} para ver las señales.</p>
""",
    },
    "getting-back-to-exercise-after-knee-pain": {
        "title": "Cómo volver al ejercicio después del dolor de rodilla",
        "summary": (
            "Cuando su rodilla se sienta mejor, volver despacio y sin pausas le ayuda a seguir "
            "en movimiento. Deje que el dolor le guíe y haga un poco más cada vez."
        ),
        "body": f"""\
<p>Cuando su rodilla empieza a sentirse mejor, quizás quiera volver de una vez a lo de siempre. Vale la pena ir despacio. Volver poco a poco le da tiempo a la rodilla para ponerse fuerte otra vez. También baja el riesgo de que el dolor vuelva.</p>
<h2>Antes de empezar</h2>
<p>Por lo general, puede empezar cuando:</p>
<ul>
<li>puede caminar bien, sin cojear</li>
<li>su rodilla no está hinchada</li>
<li>puede doblar y estirar la rodilla del todo, o casi del todo</li>
<li>las tareas de cada día, como subir escaleras, le dan poco o nada de dolor</li>
</ul>
<p>Si tuvo una lesión o fue a un fisioterapeuta, siga primero sus consejos.</p>
<h2>Deje que el dolor le guíe</h2>
<p>Piense en su dolor en una escala del 0 al 10. El cero es nada de dolor. El diez es el peor dolor que se pueda imaginar.</p>
<p>Muchos fisioterapeutas usan una guía simple. Un dolor leve, hasta más o menos 3 o 4 de 10, suele estar bien durante el ejercicio. Pero debe calmarse para el día siguiente. Es una guía general, no una regla fija. Su terapeuta le puede dar otros consejos.</p>
<table>
<thead>
<tr><th>Cómo se siente su rodilla</th><th>Qué suele querer decir</th></tr>
</thead>
<tbody>
<tr><td>Sin dolor, o un dolor leve de hasta 3 o 4 que se quita para el día siguiente</td><td>Puede seguir, y hacer un poco más, despacio</td></tr>
<tr><td>Dolor de más de 4, o dolor que sigue al día siguiente</td><td>Baje el ritmo y vuelva al último nivel en que se sintió bien</td></tr>
<tr><td>Dolor agudo, o dolor que empeora</td><td>Pare, y vea las señales de alarma en {WHEN_TO_GET_HELP}</td></tr>
</tbody>
</table>
<h2>Aumente paso a paso</h2>
<p>Vuelva al ejercicio por etapas. Pase a la siguiente solo cuando la última se sintió bien por unas sesiones.</p>
<ol>
<li>Empiece con una actividad suave, sin golpes fuertes, como caminar, andar en bici o nadar.</li>
<li>Agregue ejercicios de fuerza para los muslos y la cadera.</li>
<li>Pruebe su deporte de siempre en sesiones cortas y fáciles.</li>
<li>Haga sus sesiones más largas, poco a poco.</li>
<li>Luego hágalas más duras o más rápidas, poco a poco.</li>
<li>Deje para el final los saltos, las carreras rápidas y los giros bruscos.</li>
</ol>
<p>Cambie una sola cosa a la vez. Por ejemplo, corra un poco más lejos, pero al mismo ritmo. Descanse un día entre las sesiones más duras.</p>
<h2>Muévase de otras formas</h2>
<p>Mientras su rodilla gana fuerza, otras actividades le ayudan a estar en forma. Nadar, andar en bici y el yoga le dan menos carga a las rodillas. Mezclar estas actividades se llama entrenamiento cruzado. Le ayuda a seguir en movimiento mientras su rodilla sana.</p>
<h2>Cuide sus rodillas</h2>
<p>Caliente de 5 a 10 minutos antes de hacer ejercicio. Siga con sus ejercicios de fuerza, aun cuando la rodilla se sienta bien. Fíjese en cómo se mueve, y use buenos zapatos. Lea {PROTECT_YOUR_KNEES} para ver más consejos.</p>
<h2>Cuándo parar y buscar ayuda</h2>
<p>Si su dolor sigue empeorando, pare y pida consejo. Lea {WHEN_TO_GET_HELP}. Ahí verá las señales que necesitan ayuda más pronto.</p>
""",
    },
}
