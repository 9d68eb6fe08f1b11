"""Each demo picture: a stable key, its title, default alt texts in English and
Spanish (plain words, grade 8 or lower), and what to draw.

The condition pictures carry their one label in both languages (a lead image
is one picture for every language of its page); the anatomy diagram comes in
an English and a Spanish version."""

from collections.abc import Callable
from dataclasses import dataclass

from images.demo_pictures.knee import ACL, Knee, Label, draw_knee

CREDIT = "Knee Clinic Portal project, same licence as the code"


@dataclass(frozen=True)
class DemoPicture:
    key: str
    title: str
    alt_en: str
    alt_es: str
    knee: Knee

    def draw(self) -> bytes:
        return draw_knee(self.knee)


ACL_MIDDLE = ((ACL[0][0] + ACL[1][0]) / 2, (ACL[0][1] + ACL[1][1]) / 2)
MCL_POINT = (1006, 720)
LATERAL_MENISCUS = (650, 678)
MEDIAL_MENISCUS = (978, 676)
KNEECAP = (842, 430)


def _anatomy(title, outer, inner, words: dict[str, tuple[str, str]]) -> Knee:
    return Knee(
        title=title,
        outer=outer,
        inner=inner,
        labels=(
            Label((760, 250), 210, *words["femur"]),
            Label(ACL_MIDDLE, 540, *words["acl"]),
            Label(LATERAL_MENISCUS, 730, *words["meniscus"]),
            Label((770, 1000), 960, *words["tibia"]),
            Label(KNEECAP, 380, *words["patella"], side="right"),
            Label(MCL_POINT, 690, *words["mcl"], side="right"),
        ),
    )


ANATOMY_EN = _anatomy(
    "Right knee, seen from the front",
    "Outer side",
    "Inner side",
    {
        "femur": ("Thighbone", "femur"),
        "patella": ("Kneecap", "patella"),
        "acl": ("ACL", "anterior cruciate ligament"),
        "mcl": ("MCL", "medial collateral ligament"),
        "meniscus": ("Meniscus", "a cushion between the bones"),
        "tibia": ("Shinbone", "tibia"),
    },
)
ANATOMY_ES = _anatomy(
    "Rodilla derecha, vista de frente",
    "Lado externo",
    "Lado interno",
    {
        "femur": ("Fémur", "hueso del muslo"),
        "patella": ("Rótula", "hueso delante de la rodilla"),
        "acl": ("LCA", "ligamento cruzado anterior"),
        "mcl": ("LCM", "ligamento colateral medial"),
        "meniscus": ("Menisco", "un cojín entre los huesos"),
        "tibia": ("Tibia", "hueso de la espinilla"),
    },
)


# The bones, named in both languages, so a reader can find their way on every picture.
BONES = (
    Label((760, 250), 210, "Thighbone", "fémur"),
    Label((770, 1000), 960, "Shinbone", "tibia"),
)
KNEECAP_LABEL = Label(KNEECAP, 380, "Kneecap", "rótula", side="right")


def _condition(labels, **parts) -> Knee:
    kneecap = () if "patella" in parts.get("highlight", ()) else (KNEECAP_LABEL,)
    return Knee(
        title="Right knee, from the front · Rodilla derecha, de frente",
        outer="Outer side · Lado externo",
        inner="Inner side · Lado interno",
        labels=(*BONES, *kneecap, *labels),
        **parts,
    )


def _strong(target, y, english, spanish, side="left") -> Label:
    return Label(target, y, english, spanish, side=side, strong=True)


PICTURES: tuple[DemoPicture, ...] = (
    DemoPicture(
        "knee-anatomy",
        "Parts of the knee (labelled in English)",
        "Drawing of a right knee from the front. The thighbone sits on top of the "
        "shinbone. The kneecap is at the front. The ACL crosses the middle of the knee. "
        "The MCL runs down the inner side. A meniscus is a pad between the bones.",
        "Dibujo de una rodilla derecha vista de frente. El fémur está sobre la tibia. "
        "La rótula está delante. El LCA cruza el centro de la rodilla. El LCM baja por "
        "el lado interno. El menisco es un cojín entre los huesos.",
        ANATOMY_EN,
    ),
    DemoPicture(
        "knee-anatomy-es",
        "Parts of the knee (labelled in Spanish)",
        "Drawing of a right knee from the front, with labels in Spanish. Fémur is the "
        "thighbone. Tibia is the shinbone. Rótula is the kneecap. LCA is the ACL. "
        "LCM is the MCL. Menisco is the meniscus.",
        "Dibujo de una rodilla derecha vista de frente. El fémur está sobre la tibia. "
        "La rótula está delante. El LCA cruza el centro de la rodilla. El LCM baja por "
        "el lado interno. El menisco es un cojín entre los huesos.",
        ANATOMY_ES,
    ),
    DemoPicture(
        "patellofemoral-pain",
        "Patellofemoral pain: where it hurts",
        "Drawing of a right knee from the front. The kneecap is red, with lines "
        "around it. This shows pain around and behind the kneecap.",
        "Dibujo de una rodilla derecha vista de frente. La rótula está en rojo, con "
        "líneas alrededor. Muestra dolor alrededor y detrás de la rótula.",
        _condition(
            (
                _strong(
                    (700, 470),
                    400,
                    "Pain around and behind the kneecap",
                    "Dolor alrededor y detrás de la rótula",
                ),
            ),
            highlight=frozenset({"patella"}),
        ),
    ),
    DemoPicture(
        "knee-ligament-sprain",
        "Knee ligament sprain: the ACL and the MCL",
        "Drawing of a right knee from the front. Two ligaments are red: the ACL in "
        "the middle of the knee and the MCL on the inner side. These are the ones "
        "most often sprained.",
        "Dibujo de una rodilla derecha vista de frente. Dos ligamentos están en rojo: "
        "el LCA en el centro de la rodilla y el LCM en el lado interno. Son los que "
        "se tuercen más a menudo.",
        _condition(
            (
                _strong(ACL_MIDDLE, 520, "ACL", "LCA"),
                _strong(MCL_POINT, 660, "MCL", "LCM", side="right"),
            ),
            highlight=frozenset({"acl", "mcl"}),
        ),
    ),
    DemoPicture(
        "acl-sprain",
        "ACL sprain",
        "Drawing of a right knee from the front. The ACL, a ligament that crosses the "
        "middle of the knee, is red and torn.",
        "Dibujo de una rodilla derecha vista de frente. El LCA, un ligamento que cruza "
        "el centro de la rodilla, está en rojo y roto.",
        _condition(
            (_strong(ACL_MIDDLE, 520, "Torn ACL", "LCA roto"),),
            highlight=frozenset({"acl"}),
            torn=frozenset({"acl"}),
        ),
    ),
    DemoPicture(
        "mcl-sprain",
        "MCL sprain",
        "Drawing of a right knee from the front. The MCL, a ligament on the inner side "
        "of the knee, is red and torn.",
        "Dibujo de una rodilla derecha vista de frente. El LCM, un ligamento en el lado "
        "interno de la rodilla, está en rojo y roto.",
        _condition(
            (_strong(MCL_POINT, 660, "Stretched or torn MCL", "LCM estirado o roto", "right"),),
            highlight=frozenset({"mcl"}),
            torn=frozenset({"mcl"}),
        ),
    ),
    DemoPicture(
        "knee-osteoarthritis",
        "Knee osteoarthritis",
        "Drawing of a right knee from the front. On the inner side, the smooth layer "
        "between the bones is thin and rough, shown in red. Small red bumps of extra "
        "bone grow at the edges.",
        "Dibujo de una rodilla derecha vista de frente. En el lado interno, la capa "
        "lisa entre los huesos está fina y áspera, en rojo. En los bordes crecen "
        "pequeños bultos rojos de hueso.",
        _condition(
            (
                _strong(
                    (962, 652),
                    520,
                    "Worn cartilage and bone spurs",
                    "Cartílago gastado y espolones de hueso",
                    "right",
                ),
            ),
            worn=True,
        ),
    ),
    DemoPicture(
        "meniscus-tear",
        "Meniscus tear",
        "Drawing of a right knee from the front. The meniscus on the inner side, a pad "
        "between the bones, is red and torn.",
        "Dibujo de una rodilla derecha vista de frente. El menisco del lado interno, "
        "un cojín entre los huesos, está en rojo y roto.",
        _condition(
            (_strong(MEDIAL_MENISCUS, 760, "Torn meniscus", "Menisco roto", "right"),),
            highlight=frozenset({"meniscus"}),
            torn=frozenset({"meniscus"}),
        ),
    ),
)

BY_KEY: dict[str, DemoPicture] = {picture.key: picture for picture in PICTURES}
DRAWERS: dict[str, Callable[[], bytes]] = {p.key: p.draw for p in PICTURES}
