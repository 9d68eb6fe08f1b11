"""The exercise pictures: for each demo exercise a start and an end picture, each
with a stable key, a title and default alt texts in English and Spanish (plain
words, grade 8 or lower). ``images.demo.ensure_demo_pictures(pictures=PICTURES)``
puts them in the image library, as it does the knee pictures."""

from dataclasses import dataclass

from exercises.demo_pictures.figure import draw_scene
from exercises.demo_pictures.scenes import SCENES


@dataclass(frozen=True)
class ExercisePicture:
    key: str  # <exercise slug>-start or -end
    title: str
    alt_en: str
    alt_es: str

    @property
    def exercise(self) -> str:
        return self.key.rsplit("-", 1)[0]

    @property
    def is_end(self) -> bool:
        return self.key.endswith("-end")

    def draw(self) -> bytes:
        return draw_scene(SCENES[self.exercise](self.is_end))


# slug: (title, (start English, start Spanish), (end English, end Spanish))
_TEXTS = {
    "quad-sets": (
        "Quad sets",
        (
            "Start: lying on your back, legs straight. A small rolled towel is under one knee.",
            "Inicio: boca arriba, con las dos piernas rectas. Bajo una rodilla hay una "
            "toalla pequeña hecha un rollo.",
        ),
        (
            "End: the thigh muscle is tight. The back of the knee pushes down on the towel, "
            "and the toes point up. An arrow shows the knee pushing down.",
            "Final: el músculo del muslo está tenso. La parte de atrás de la rodilla empuja "
            "la toalla y los dedos del pie miran arriba. Una flecha muestra la rodilla "
            "empujando hacia abajo.",
        ),
    ),
    "straight-leg-raise": (
        "Straight-leg raise",
        (
            "Start: lying on your back. One knee is bent with the foot flat. The other leg "
            "is straight on the floor.",
            "Inicio: boca arriba. Una rodilla está doblada, con el pie apoyado. La otra "
            "pierna está estirada en el suelo.",
        ),
        (
            "End: the straight leg is lifted to the height of the bent knee. An arrow shows "
            "the leg going up.",
            "Final: la pierna estirada sube a la altura de la rodilla doblada. Una flecha "
            "muestra la pierna subiendo.",
        ),
    ),
    "heel-slides": (
        "Heel slides",
        (
            "Start: lying on your back, both legs straight.",
            "Inicio: boca arriba, con las dos piernas estiradas.",
        ),
        (
            "End: one heel has slid toward your bottom, so the knee bends up. An arrow shows "
            "the heel sliding back.",
            "Final: un talón se ha deslizado hacia el trasero y la rodilla se dobla hacia "
            "arriba. Una flecha muestra el talón deslizándose hacia atrás.",
        ),
    ),
    "hamstring-curls": (
        "Standing hamstring curls",
        (
            "Start: standing straight, holding the back of a chair.",
            "Inicio: de pie, con la espalda recta, sujetándose al respaldo de una silla.",
        ),
        (
            "End: one knee is bent, so the heel comes up behind you. The thigh stays "
            "straight down. An arrow shows the heel going up.",
            "Final: una rodilla se dobla y el talón sube por detrás. El muslo sigue recto "
            "hacia abajo. Una flecha muestra el talón subiendo.",
        ),
    ),
    "mini-squats": (
        "Mini squats",
        (
            "Start: standing straight, feet apart, holding the back of a chair.",
            "Inicio: de pie, con la espalda recta, con los pies separados, sujetándose al respaldo de una "
            "silla.",
        ),
        (
            "End: the knees are a little bent and the hips go back, as if to sit. An arrow "
            "shows the body going down.",
            "Final: las rodillas se doblan un poco y la cadera va hacia atrás, como para "
            "sentarse. Una flecha muestra el cuerpo bajando.",
        ),
    ),
    "wall-sits": (
        "Wall sits",
        (
            "Start: standing with your back against a wall, feet a step in front of you.",
            "Inicio: de pie con la espalda contra una pared y los pies un paso por delante.",
        ),
        (
            "End: the back has slid down the wall, so the knees are bent. An arrow shows "
            "the body going down.",
            "Final: la espalda ha bajado por la pared y las rodillas están dobladas. Una "
            "flecha muestra el cuerpo bajando.",
        ),
    ),
    "step-ups": (
        "Step-ups",
        (
            "Start: standing in front of a low step, with one foot on the step.",
            "Inicio: de pie delante de un escalón bajo, con un pie en el escalón.",
        ),
        (
            "End: standing up straight on the step with both feet. An arrow shows the body "
            "going up.",
            "Final: de pie sobre el escalón con los dos pies y la espalda recta. Una flecha "
            "muestra el cuerpo subiendo.",
        ),
    ),
    "calf-raises": (
        "Calf raises",
        (
            "Start: standing straight, feet flat, holding the back of a chair.",
            "Inicio: de pie, con la espalda recta, con los pies planos, sujetándose al respaldo de una "
            "silla.",
        ),
        (
            "End: up on your toes, heels off the floor. An arrow shows the heels going up.",
            "Final: de puntillas, con los talones levantados del suelo. Una flecha muestra "
            "los talones subiendo.",
        ),
    ),
    "side-lying-leg-raise": (
        "Side-lying leg raise",
        (
            "Start: lying on your side, legs straight, one on top of the other. Your head "
            "rests on your lower arm.",
            "Inicio: de lado, con las piernas estiradas, una sobre la otra. La cabeza "
            "descansa sobre el brazo de abajo.",
        ),
        (
            "End: the top leg is lifted, still straight. An arrow shows the leg going up.",
            "Final: la pierna de arriba sube y sigue recta. Una flecha muestra la pierna que sube.",
        ),
    ),
    "hamstring-stretch": (
        "Hamstring stretch",
        (
            "Start: lying on your back, one knee bent. A towel is looped around the foot of "
            "the straight leg, and your hands hold its ends.",
            "Inicio: boca arriba, con una rodilla doblada. Una toalla rodea el pie de la "
            "pierna estirada y las manos sujetan sus puntas.",
        ),
        (
            "End: the towel pulls the straight leg up until you feel a stretch behind the "
            "thigh. An arrow shows the leg going up.",
            "Final: la toalla sube la pierna estirada hasta sentir un estiramiento detrás "
            "del muslo. Una flecha muestra la pierna subiendo.",
        ),
    ),
    "quadriceps-stretch": (
        "Quadriceps stretch",
        (
            "Start: standing straight, one hand on the back of a chair.",
            "Inicio: de pie, con la espalda recta, con una mano en el respaldo de una silla.",
        ),
        (
            "End: one knee is bent and your hand holds the ankle behind you, so the heel is "
            "near your bottom. An arrow shows the heel going up.",
            "Final: una rodilla está doblada y la mano sujeta el tobillo por detrás, con el "
            "talón cerca del trasero. Una flecha muestra el talón subiendo.",
        ),
    ),
}


def _pictures():
    for slug, (title, start, end) in _TEXTS.items():
        yield ExercisePicture(f"{slug}-start", f"{title}: start", *start)
        yield ExercisePicture(f"{slug}-end", f"{title}: end", *end)


PICTURES: tuple[ExercisePicture, ...] = tuple(_pictures())
BY_KEY: dict[str, ExercisePicture] = {picture.key: picture for picture in PICTURES}
