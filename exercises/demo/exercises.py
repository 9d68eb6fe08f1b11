"""The demo exercises: ones knee programmes use, in plain words, with their
Spanish translation next to the English (the same meaning, no more and no less).

Facts from the seed article (shared/seed/: strengthen the thigh muscles at the
front and back, stretch them, build up slowly, knees in line with the hips and
ankles) and common physical therapy practice; every sentence written afresh.
"Stop and get help if" is not here: each exercise page shows the clinic's
safety net (CLINICAL.md), never new warning text.

Each exercise::

    {
        "slug": str, "title": str, "also_known_as": [str, ...],
        "summary": str, "purpose": str, "steps": [str, ...] (3-6 short lines),
        "dose": {"sets", "repetitions", "hold_seconds", "times_a_day", "days_a_week"},
        "equipment": [Equipment values], "position": Position value, "stage": Stage value,
        "conditions": [demo condition slugs], "easier": slug | None, "harder": slug | None,
        "start_picture": key, "end_picture": key (exercises/demo_pictures/catalogue.py),
        "es": {"title", "also_known_as", "summary", "purpose", "steps"},
    }
"""

PATELLOFEMORAL = "patellofemoral-pain-syndrome"
SPRAIN = "knee-ligament-sprain"
OSTEOARTHRITIS = "knee-osteoarthritis"
MENISCUS = "meniscus-tear"


def dose(sets=1, repetitions=10, hold_seconds=0, times_a_day=1, days_a_week=7) -> dict:
    return {
        "sets": sets,
        "repetitions": repetitions,
        "hold_seconds": hold_seconds,
        "times_a_day": times_a_day,
        "days_a_week": days_a_week,
    }


def pictures(slug: str) -> dict:
    return {"start_picture": f"{slug}-start", "end_picture": f"{slug}-end"}


EXERCISES = [
    {
        "slug": "quad-sets",
        "title": "Quad sets",
        "also_known_as": ["Thigh squeezes", "Quadriceps sets"],
        "summary": "Tighten the muscle on the front of your thigh while you lie on your back. "
        "A good first exercise after a knee injury.",
        "purpose": "Wakes up the muscle on the front of your thigh (quadriceps) and helps "
        "your knee go straight.",
        "steps": [
            "Lie on your back with your legs straight.",
            "Put a small rolled towel under one knee.",
            "Tighten the muscle on the front of your thigh.",
            "Push the back of your knee down into the towel. Pull your toes up.",
            "Hold, then relax.",
        ],
        "dose": dose(repetitions=10, hold_seconds=5, times_a_day=3),
        "equipment": ["towel"],
        "position": "lying",
        "stage": "early",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS, MENISCUS],
        "easier": None,
        "harder": "straight-leg-raise",
        **pictures("quad-sets"),
        "es": {
            "title": "Contracciones de cuádriceps",
            "also_known_as": ["Apretar el muslo", "Isométricos de cuádriceps"],
            "summary": "Boca arriba, apriete el músculo de delante del muslo. "
            "Es un buen primer ejercicio tras una lesión de rodilla.",
            "purpose": "Despierta el músculo de delante del muslo (cuádriceps). Y ayuda a que la rodilla se ponga recta.",
            "steps": [
                "Acuéstese boca arriba con las piernas rectas.",
                "Ponga una toalla pequeña en rollo bajo una rodilla.",
                "Apriete el músculo de delante del muslo.",
                "Empuje la parte de atrás de la rodilla contra la toalla. Tire de los "
                "dedos del pie hacia usted.",
                "Mantenga la posición y luego afloje.",
            ],
        },
    },
    {
        "slug": "straight-leg-raise",
        "title": "Straight-leg raise",
        "also_known_as": ["Leg lifts", "SLR"],
        "summary": "Lift a straight leg while you lie on your back. It makes your thigh "
        "stronger without bending the knee.",
        "purpose": "Makes the muscle on the front of your thigh (quadriceps) stronger, so it "
        "can support your knee.",
        "steps": [
            "Lie on your back. Bend one knee and put that foot flat on the floor.",
            "Keep the other leg straight and tighten your thigh.",
            "Lift the straight leg to the height of your bent knee.",
            "Hold, then lower it slowly.",
        ],
        "dose": dose(sets=2, repetitions=10, hold_seconds=3, times_a_day=1),
        "equipment": ["none"],
        "position": "lying",
        "stage": "early",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS, MENISCUS],
        "easier": "quad-sets",
        "harder": "wall-sits",
        **pictures("straight-leg-raise"),
        "es": {
            "title": "Elevación de pierna recta",
            "also_known_as": ["Levantar la pierna"],
            "summary": "Levante una pierna recta, boca arriba. Así el muslo se hace más fuerte sin doblar la rodilla.",
            "purpose": "Hace más fuerte el músculo de delante del muslo (cuádriceps). Así puede sostener la rodilla.",
            "steps": [
                "Acuéstese boca arriba. Doble una rodilla y apoye ese pie en el suelo.",
                "Deje la otra pierna recta y apriete el muslo.",
                "Levante la pierna recta a la altura de la rodilla doblada.",
                "Mantenga la posición y luego bájela despacio.",
            ],
        },
    },
    {
        "slug": "heel-slides",
        "title": "Heel slides",
        "also_known_as": ["Knee bends lying down"],
        "summary": "Slide your heel toward you to bend your knee, then slide it back.",
        "purpose": "Helps your knee bend further and move more freely.",
        "steps": [
            "Lie on your back with your legs straight.",
            "Slide one heel along the floor toward your bottom.",
            "Stop when your knee feels a gentle stretch.",
            "Slide your heel back until your leg is straight.",
        ],
        "dose": dose(repetitions=10, times_a_day=2),
        "equipment": ["none"],
        "position": "lying",
        "stage": "early",
        "conditions": [SPRAIN, OSTEOARTHRITIS, MENISCUS],
        "easier": None,
        "harder": "hamstring-curls",
        **pictures("heel-slides"),
        "es": {
            "title": "Deslizar el talón",
            "also_known_as": ["Doblar la rodilla boca arriba"],
            "summary": "Deslice el talón hacia usted para doblar la rodilla y luego "
            "llévelo de vuelta.",
            "purpose": "Ayuda a que la rodilla se doble más y se mueva mejor.",
            "steps": [
                "Acuéstese boca arriba con las piernas rectas.",
                "Deslice un talón por el suelo hacia el trasero.",
                "Pare cuando note un estiramiento suave en la rodilla.",
                "Deslice el talón de vuelta hasta que la pierna quede recta.",
            ],
        },
    },
    {
        "slug": "hamstring-curls",
        "title": "Standing hamstring curls",
        "also_known_as": ["Hamstring curls", "Knee curls"],
        "summary": "Bend your knee to bring your heel up behind you, holding a chair.",
        "purpose": "Makes the muscles on the back of your thigh (hamstrings) stronger. Then the "
        "front and back of your thigh are in balance.",
        "steps": [
            "Stand up straight and hold the back of a chair.",
            "Bend one knee to bring your heel up toward your bottom.",
            "Keep your thigh pointing down and your knees side by side.",
            "Lower your foot slowly.",
        ],
        "dose": dose(sets=2, repetitions=10, days_a_week=5),
        "equipment": ["chair"],
        "position": "standing",
        "stage": "middle",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS, MENISCUS],
        "easier": "heel-slides",
        "harder": None,
        **pictures("hamstring-curls"),
        "es": {
            "title": "Flexión de rodilla de pie",
            "also_known_as": ["Curl de isquiotibiales", "Curl de rodilla"],
            "summary": "Doble la rodilla para subir el talón por detrás. Agárrese a una silla.",
            "purpose": "Hace más fuertes los músculos de detrás del muslo (isquiotibiales). Así la parte de delante y la de atrás del muslo están en equilibrio.",
            "steps": [
                "Póngase de pie con la espalda recta y agárrese al respaldo de una silla.",
                "Doble una rodilla para subir el talón hacia el trasero.",
                "Mantenga el muslo hacia abajo y las rodillas juntas.",
                "Baje el pie despacio.",
            ],
        },
    },
    {
        "slug": "mini-squats",
        "title": "Mini squats",
        "also_known_as": ["Small squats", "Half squats"],
        "summary": "Bend your knees a little, as if to sit, then stand up again.",
        "purpose": "Makes the muscles of your thighs and hips stronger for standing up, "
        "stairs and sport.",
        "steps": [
            "Stand with your feet apart and hold the back of a chair.",
            "Push your hips back and bend your knees a little.",
            "Keep your knees in line with your toes.",
            "Go down only a short way, then stand up straight again.",
        ],
        "dose": dose(sets=2, repetitions=10, days_a_week=5),
        "equipment": ["chair"],
        "position": "standing",
        "stage": "middle",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS],
        "easier": "wall-sits",
        "harder": "step-ups",
        **pictures("mini-squats"),
        "es": {
            "title": "Sentadillas cortas",
            "also_known_as": ["Medias sentadillas"],
            "summary": "Doble un poco las rodillas, como para sentarse, y vuelva a ponerse de pie.",
            "purpose": "Hace más fuertes los músculos de los muslos y la cadera. Le ayuda a ponerse de pie, subir escaleras y hacer deporte.",
            "steps": [
                "Póngase de pie con los pies separados y agárrese al respaldo de una silla.",
                "Lleve la cadera hacia atrás y doble un poco las rodillas.",
                "Mantenga las rodillas en línea con los dedos de los pies.",
                "Baje solo un poco y luego vuelva a ponerse de pie del todo.",
            ],
        },
    },
    {
        "slug": "wall-sits",
        "title": "Wall sits",
        "also_known_as": ["Wall slides", "Wall squats"],
        "summary": "Slide down a wall until your knees are a little bent, and hold.",
        "purpose": "Makes the muscle on the front of your thigh (quadriceps) stronger, with "
        "the wall to support your back.",
        "steps": [
            "Stand with your back against a wall.",
            "Put your feet a step in front of you, apart.",
            "Slide your back down the wall until your knees are a little bent.",
            "Hold, then slide back up.",
        ],
        "dose": dose(repetitions=5, hold_seconds=15, days_a_week=5),
        "equipment": ["wall"],
        "position": "standing",
        "stage": "middle",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS],
        "easier": "straight-leg-raise",
        "harder": "mini-squats",
        **pictures("wall-sits"),
        "es": {
            "title": "Sentadilla en la pared",
            "also_known_as": ["Deslizar por la pared"],
            "summary": "Baje por una pared hasta que las rodillas estén un poco dobladas. Quédese así.",
            "purpose": "Hace más fuerte el músculo de delante del muslo (cuádriceps). La pared le sirve de apoyo para la espalda.",
            "steps": [
                "Póngase de pie con la espalda contra una pared.",
                "Ponga los pies un paso por delante, separados.",
                "Deslice la espalda por la pared hasta que las rodillas estén un poco dobladas.",
                "Mantenga la posición y luego suba de nuevo.",
            ],
        },
    },
    {
        "slug": "step-ups",
        "title": "Step-ups",
        "also_known_as": ["Stair steps"],
        "summary": "Step up onto a low step, then step down again.",
        "purpose": "Makes your thigh and hip muscles stronger for stairs, hills and getting "
        "back to sport.",
        "steps": [
            "Stand in front of a low step or the bottom stair. Hold a rail if you can.",
            "Put one foot flat on the step.",
            "Push through that foot to stand up straight on the step.",
            "Keep your knee in line with your toes.",
            "Step down slowly, with your other foot first.",
        ],
        "dose": dose(sets=2, repetitions=10, days_a_week=5),
        "equipment": ["step"],
        "position": "standing",
        "stage": "late",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS, MENISCUS],
        "easier": "mini-squats",
        "harder": None,
        **pictures("step-ups"),
        "es": {
            "title": "Subir un escalón",
            "also_known_as": ["Subir escalones"],
            "summary": "Suba a un escalón bajo y luego baje otra vez.",
            "purpose": "Hace más fuertes los músculos del muslo y la cadera. Le ayuda a subir escaleras y cuestas y a volver al deporte.",
            "steps": [
                "Póngase delante de un escalón bajo o del primer peldaño. Agárrese a una "
                "baranda si puede.",
                "Apoye un pie entero en el escalón.",
                "Empuje con ese pie hasta quedar de pie en el escalón, con la espalda recta.",
                "Mantenga la rodilla en línea con los dedos del pie.",
                "Baje despacio, primero con el otro pie.",
            ],
        },
    },
    {
        "slug": "calf-raises",
        "title": "Calf raises",
        "also_known_as": ["Heel raises", "Tiptoe raises"],
        "summary": "Rise up onto your toes, then lower your heels, holding a chair.",
        "purpose": "Makes the muscles of your lower leg (calves) stronger, which helps you "
        "walk, run and keep your balance.",
        "steps": [
            "Stand up straight and hold the back of a chair.",
            "Rise up onto your toes, lifting both heels.",
            "Hold for a moment.",
            "Lower your heels slowly to the floor.",
        ],
        "dose": dose(sets=2, repetitions=10, days_a_week=5),
        "equipment": ["chair"],
        "position": "standing",
        "stage": "middle",
        "conditions": [PATELLOFEMORAL, SPRAIN, OSTEOARTHRITIS],
        "easier": None,
        "harder": None,
        **pictures("calf-raises"),
        "es": {
            "title": "Elevación de talones",
            "also_known_as": ["Ponerse de puntillas"],
            "summary": "Suba de puntillas y luego baje los talones. Agárrese a una silla.",
            "purpose": "Hace más fuertes los músculos de la pantorrilla. Le ayudan a caminar, correr y mantener el equilibrio.",
            "steps": [
                "Póngase de pie con la espalda recta y agárrese al respaldo de una silla.",
                "Póngase de puntillas y levante los dos talones.",
                "Mantenga la posición un momento.",
                "Baje los talones despacio hasta el suelo.",
            ],
        },
    },
    {
        "slug": "side-lying-leg-raise",
        "title": "Side-lying leg raise",
        "also_known_as": ["Side leg lifts", "Hip abduction"],
        "summary": "Lie on your side and lift your top leg, keeping it straight.",
        "purpose": "Makes the muscles on the side of your hip stronger. They help keep your knee "
        "in line when you walk, run and climb stairs.",
        "steps": [
            "Lie on your side with your legs straight, one on top of the other.",
            "Rest your head on your lower arm.",
            "Lift your top leg, keeping it straight and your toes pointing forward.",
            "Hold, then lower it slowly.",
        ],
        "dose": dose(sets=2, repetitions=10, hold_seconds=2, days_a_week=5),
        "equipment": ["none"],
        "position": "side_lying",
        "stage": "middle",
        "conditions": [PATELLOFEMORAL, OSTEOARTHRITIS],
        "easier": None,
        "harder": None,
        **pictures("side-lying-leg-raise"),
        "es": {
            "title": "Elevación lateral de pierna",
            "also_known_as": ["Levantar la pierna de lado", "Abducción de cadera"],
            "summary": "Acuéstese de lado y levante la pierna de arriba sin doblarla.",
            "purpose": "Hace más fuertes los músculos del lado de la cadera. Le ayudan a mantener la rodilla en línea al caminar, correr y subir escaleras.",
            "steps": [
                "Acuéstese de lado con las piernas rectas, una sobre la otra.",
                "Apoye la cabeza en el brazo de abajo.",
                "Levante la pierna de arriba, recta y con los dedos del pie hacia delante.",
                "Mantenga la posición y luego bájela despacio.",
            ],
        },
    },
    {
        "slug": "hamstring-stretch",
        "title": "Hamstring stretch",
        "also_known_as": ["Back of thigh stretch"],
        "summary": "Use a towel to lift a straight leg until you feel a stretch behind your thigh.",
        "purpose": "Loosens the muscles on the back of your thigh (hamstrings), so your knee "
        "moves more freely.",
        "steps": [
            "Lie on your back with one knee bent and that foot flat on the floor.",
            "Loop a towel around the foot of your straight leg. Hold both ends.",
            "Pull the towel to lift your straight leg.",
            "Stop when you feel a gentle stretch behind your thigh, and hold.",
            "Lower your leg slowly.",
        ],
        "dose": dose(repetitions=3, hold_seconds=30, times_a_day=2),
        "equipment": ["towel"],
        "position": "lying",
        "stage": "early",
        "conditions": [PATELLOFEMORAL, OSTEOARTHRITIS],
        "easier": None,
        "harder": None,
        **pictures("hamstring-stretch"),
        "es": {
            "title": "Estiramiento de isquiotibiales",
            "also_known_as": ["Estiramiento de detrás del muslo"],
            "summary": "Use una toalla para subir una pierna recta. Suba hasta que note que se estira la parte de atrás del muslo.",
            "purpose": "Suelta los músculos de detrás del muslo (isquiotibiales) para que la "
            "rodilla se mueva mejor.",
            "steps": [
                "Acuéstese boca arriba con una rodilla doblada y ese pie en el suelo.",
                "Pase una toalla por el pie de la pierna recta. Sujete las dos puntas.",
                "Tire de la toalla para subir la pierna recta.",
                "Pare cuando note un estiramiento suave detrás del muslo y quédese así.",
                "Baje la pierna despacio.",
            ],
        },
    },
    {
        "slug": "quadriceps-stretch",
        "title": "Quadriceps stretch",
        "also_known_as": ["Front of thigh stretch", "Quad stretch"],
        "summary": "Hold your ankle behind you until you feel a stretch on the front of "
        "your thigh.",
        "purpose": "Loosens the muscle on the front of your thigh (quadriceps), which can "
        "ease pressure on your kneecap.",
        "steps": [
            "Stand up straight and hold a chair with one hand.",
            "Bend your other knee and take hold of that ankle behind you.",
            "Gently bring your heel toward your bottom.",
            "Keep your knees side by side and hold.",
            "Let go slowly.",
        ],
        "dose": dose(repetitions=3, hold_seconds=30, times_a_day=2),
        "equipment": ["chair"],
        "position": "standing",
        "stage": "middle",
        "conditions": [PATELLOFEMORAL, OSTEOARTHRITIS],
        "easier": None,
        "harder": None,
        **pictures("quadriceps-stretch"),
        "es": {
            "title": "Estiramiento de cuádriceps",
            "also_known_as": ["Estiramiento de delante del muslo"],
            "summary": "Sujete el tobillo por detrás hasta que note que se estira la parte de delante del muslo.",
            "purpose": "Suelta el músculo de delante del muslo (cuádriceps), lo que puede "
            "aliviar la presión sobre la rótula.",
            "steps": [
                "Póngase de pie con la espalda recta y agarre una silla con una mano.",
                "Doble la otra rodilla y sujete ese tobillo por detrás.",
                "Lleve el talón con suavidad hacia el trasero.",
                "Mantenga las rodillas juntas y quédese así.",
                "Suelte despacio.",
            ],
        },
    },
]

BY_SLUG = {exercise["slug"]: exercise for exercise in EXERCISES}
