"""A right knee seen from the front, drawn in code: bones, menisci, ACL, MCL and
the kneecap, with labels and leader lines, and any part highlighted.

Design space 1600 x 1200 pixels. The viewer's left is the knee's outer side (the
fibula is there), the viewer's right its inner side (the MCL). The kneecap sits
high, as in a straight leg, so the ACL shows in the notch below it.
"""

import math
from dataclasses import dataclass, field

from images.demo_pictures.drawing import INK, SOFT_INK, Canvas, Point, arc, band, bezier, ribbon

SIZE = (1600, 1200)
# Wide enough to print at about 300 dpi across a page's text (174 mm on A4).
OUTPUT_WIDTH = 2000

# Colours: each part's fill and outline; the highlight is NHS red (5.6:1 on white).
SKIN, SKIN_LINE = "#f6f1eb", "#d8cbbd"
BONE, BONE_LINE = "#efe2c2", "#7a6543"
MENISCUS, MENISCUS_LINE = "#7fb2e0", "#1f4e79"
LIGAMENT, LIGAMENT_LINE = "#e3a59a", "#8a3b2e"
HIGHLIGHT, HIGHLIGHT_LINE = "#d5281b", "#6b0f08"
HIGHLIGHT_RGB = (213, 40, 27)

LATERAL_CONDYLE = ((680, 612), 95, 46)
MEDIAL_CONDYLE = ((920, 612), 95, 46)
PLATEAU_Y = 692


def _femur() -> list[Point]:
    (lc, lrx, lry), (mc, mrx, mry) = LATERAL_CONDYLE, MEDIAL_CONDYLE
    points = [(705, -10), (705, 400)]
    points += bezier((705, 400), (700, 520), (586, 600))
    points += arc(lc, lrx, lry, 180, 0)
    points += bezier((775, 612), (800, 540), (825, 612))
    points += arc(mc, mrx, mry, 180, 0)
    points += bezier((1015, 600), (900, 520), (895, 400))
    points += [(895, -10)]
    return points


def _plateau() -> list[Point]:
    """The top of the shinbone, outer edge to inner edge, with the spines in the middle."""
    y = PLATEAU_Y
    return [
        (596, y - 2),
        (690, y + 3),
        (768, y),
        (786, y - 16),
        (800, y - 26),
        (814, y - 16),
        (832, y),
        (910, y + 3),
        (1004, y - 2),
    ]


def _tibia() -> list[Point]:
    points = _plateau()
    points += bezier((1004, 690), (1016, 760), (950, 805))
    points += bezier((950, 805), (884, 845), (882, 910))
    points += [(882, 1210), (722, 1210), (720, 910)]
    points += bezier((720, 910), (716, 845), (650, 805))
    points += bezier((650, 805), (584, 760), (596, 690))
    return points


def _fibula() -> list[Point]:
    head = arc((612, 800), 40, 32, 150, 390)
    return [*head, (646, 830), (640, 1210), (606, 1210), (590, 830)]


def _leg() -> list[Point]:
    left = [(520, -10), (530, 300)] + bezier((530, 300), (525, 520), (548, 640))
    left += bezier((548, 640), (570, 820), (585, 900)) + [(610, 1210)]
    right = [(990, 1210)] + bezier((990, 1210), (1015, 900), (1040, 820))
    right += bezier((1040, 820), (1078, 640), (1070, 520)) + [(1078, 300), (1080, -10)]
    return left + right


def _condyle_y(condyle, x: float) -> float:
    (cx, cy), rx, ry = condyle
    dx = max(-1.0, min(1.0, (x - cx) / rx))
    return cy + ry * (1 - dx * dx) ** 0.5


def _meniscus(condyle, outer: float, tip: float, thickness: float = 1.0) -> list[Point]:
    """A wedge between a condyle and the plateau: thick at the outer edge, thin inside."""
    steps = 14
    xs = [outer + (tip - outer) * i / steps for i in range(steps + 1)]
    bottom = [(x, PLATEAU_Y - 1) for x in xs]
    top = []
    for i, x in enumerate(xs):
        gap = PLATEAU_Y - 1 - (_condyle_y(condyle, x) + 2)
        share = thickness * (1 - (i / steps) ** 1.6)
        top.append((x, PLATEAU_Y - 1 - max(4.0, gap * share)))
    return top + list(reversed(bottom))


def lateral_meniscus(thickness=1.0):
    return _meniscus(LATERAL_CONDYLE, 598, 752, thickness)


def medial_meniscus(thickness=1.0):
    return _meniscus(MEDIAL_CONDYLE, 1002, 848, thickness)


ACL = ((783, 594), (824, 684), 26)
# The MCL lies on the inner edge of the bones, from the thighbone to the shinbone.
MCL_LINE = [(972, 540), (1000, 580), (1014, 630), (1012, 690), (996, 748), (962, 806), (930, 842)]
MCL = ribbon(MCL_LINE, 34)
CARTILAGE = "#d6e6f3"


def _patella() -> list[Point]:
    points = []
    for p in arc((800, 468), 94, 104, 0, 360, 48):
        below = max(0.0, (p[1] - 468) / 104)
        x = 800 + (p[0] - 800) * (1 - 0.28 * below)
        y = 468 + (p[1] - 468) * (1 + 0.14 * below)
        points.append((x, y))
    return points


def zigzag(start: Point, end: Point, teeth: int = 5, depth: float = 9) -> list[Point]:
    """A torn edge from ``start`` to ``end``."""
    points = []
    for i in range(teeth * 2 + 1):
        t = i / (teeth * 2)
        x = start[0] + (end[0] - start[0]) * t
        y = start[1] + (end[1] - start[1]) * t
        nx, ny = -(end[1] - start[1]), end[0] - start[0]
        length = (nx * nx + ny * ny) ** 0.5 or 1
        side = depth * (1 if i % 2 else -1) * (0 if i in (0, teeth * 2) else 1)
        points.append((x + nx / length * side, y + ny / length * side))
    return points


@dataclass(frozen=True)
class Label:
    """Words on one side of the picture, with a leader line to ``target``."""

    target: Point
    y: float
    main: str
    sub: str = ""
    side: str = "left"  # the label's column: left or right of the knee
    strong: bool = False  # the highlighted part's label: a red marker


@dataclass(frozen=True)
class Knee:
    """What to draw: parts to highlight, injuries, labels, a title and the sides' names."""

    title: str
    outer: str
    inner: str
    labels: tuple[Label, ...] = ()
    highlight: frozenset[str] = field(default_factory=frozenset)
    torn: frozenset[str] = field(default_factory=frozenset)
    worn: bool = False  # osteoarthritis: thin cartilage on the inner side, bone spurs


def _fills(knee: Knee, part: str, fill: str, line: str) -> tuple[str, str]:
    return (HIGHLIGHT, HIGHLIGHT_LINE) if part in knee.highlight else (fill, line)


def draw_knee(knee: Knee) -> bytes:
    canvas = Canvas(SIZE, OUTPUT_WIDTH)
    canvas.shape(_leg(), SKIN, SKIN_LINE, 3)
    _halos(canvas, knee)
    canvas.shape(_fibula(), BONE, BONE_LINE)
    canvas.shape(_tibia(), BONE, BONE_LINE)
    canvas.shape(_femur(), BONE, BONE_LINE)
    _cartilage(canvas, knee)
    _menisci(canvas, knee)
    _acl(canvas, knee)
    fill, line = _fills(knee, "mcl", LIGAMENT, LIGAMENT_LINE)
    canvas.shape(MCL, fill, line, 3)
    if "mcl" in knee.torn:
        canvas.line(zigzag((986, 676), (1034, 686), 4, 8), "white", 7)
    if knee.worn:
        _wear(canvas)
    fill, line = _fills(knee, "patella", BONE, BONE_LINE)
    canvas.shape(_patella(), fill, line)
    if "patella" in knee.highlight:
        _pain_marks(canvas, (800, 470), 150)
    _words(canvas, knee)
    return canvas.png()


def _halos(canvas: Canvas, knee: Knee) -> None:
    centres = {
        "acl": ((803, 640), 45, 60),
        "mcl": ((990, 690), 50, 150),
        "patella": ((800, 470), 110, 120),
        "meniscus": ((925, 676), 90, 30),
        "worn": ((930, 660), 110, 60),
    }
    for part, (centre, rx, ry) in centres.items():
        if part in knee.highlight or (part == "worn" and knee.worn):
            canvas.glow(centre, rx, ry, HIGHLIGHT_RGB)


def _menisci(canvas: Canvas, knee: Knee) -> None:
    thin = 0.35 if knee.worn else 1.0
    canvas.shape(lateral_meniscus(), MENISCUS, MENISCUS_LINE, 3)
    fill, line = _fills(knee, "meniscus", MENISCUS, MENISCUS_LINE)
    canvas.shape(medial_meniscus(thin), fill, line, 3)
    if "meniscus" in knee.torn:
        canvas.line(zigzag((912, 668), (926, 692), 3, 6), "white", 6)


def _acl(canvas: Canvas, knee: Knee) -> None:
    start, end, width = ACL
    fill, line = _fills(knee, "acl", LIGAMENT, LIGAMENT_LINE)
    canvas.shape(band(start, end, width), fill, line, 3)
    if "acl" in knee.torn:
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        canvas.line(
            zigzag((middle[0] - 20, middle[1] + 6), (middle[0] + 20, middle[1] - 6)), "white", 7
        )


def _cartilage(canvas: Canvas, knee: Knee) -> None:
    """The smooth layer on the ends of the bones (on the inner side, worn away in osteoarthritis)."""
    for condyle in (LATERAL_CONDYLE, MEDIAL_CONDYLE):
        (cx, _cy), rx, _ry = condyle
        if knee.worn and condyle is MEDIAL_CONDYLE:
            continue
        xs = range(int(cx - rx + 12), int(cx + rx - 11), 6)
        canvas.line([(x, _condyle_y(condyle, x) - 6) for x in xs], CARTILAGE, 8)
    right = 792 if knee.worn else 996
    canvas.line([(604, PLATEAU_Y + 7), (690, PLATEAU_Y + 10), (766, PLATEAU_Y + 7)], CARTILAGE, 8)
    if not knee.worn:
        canvas.line(
            [(834, PLATEAU_Y + 7), (910, PLATEAU_Y + 10), (right, PLATEAU_Y + 7)], CARTILAGE, 8
        )


def _wear(canvas: Canvas) -> None:
    """Rough, thin cartilage where the inner condyle meets the plateau, and bone spurs."""
    (cx, cy), rx, ry = MEDIAL_CONDYLE
    rough = [
        (x, _condyle_y(MEDIAL_CONDYLE, x) + (3 if i % 2 else -2))
        for i, x in enumerate(range(850, 1006, 10))
    ]
    canvas.line(rough, HIGHLIGHT, 7)
    canvas.line(
        [(x, PLATEAU_Y + (2 if i % 2 else -3)) for i, x in enumerate(range(846, 1004, 10))],
        HIGHLIGHT,
        7,
    )
    for spur in (
        [(1004, 600), (1032, 612), (1010, 626)],
        [(1002, 684), (1030, 694), (1004, 706)],
        [(596, 686), (572, 694), (598, 704)],
    ):
        canvas.shape(spur, HIGHLIGHT, HIGHLIGHT_LINE, 2)


def _pain_marks(canvas: Canvas, centre: Point, radius: float) -> None:
    for i in range(12):
        angle = math.radians(i * 30 + 15)
        inner = (centre[0] + radius * math.cos(angle), centre[1] + radius * 1.1 * math.sin(angle))
        outer = (
            centre[0] + (radius + 34) * math.cos(angle),
            centre[1] + (radius + 34) * 1.1 * math.sin(angle),
        )
        canvas.line([inner, outer], HIGHLIGHT, 6)


LEFT_EDGE, RIGHT_EDGE = 470, 1130  # where the label columns end and start
COLUMN = 400


def _words(canvas: Canvas, knee: Knee) -> None:
    canvas.text((56, 44), knee.title, 40, bold=True)
    canvas.text((56, 1150), "\u2190 " + knee.outer, 30, colour=SOFT_INK, anchor="ls")
    canvas.text((1544, 1150), knee.inner + " \u2192", 30, colour=SOFT_INK, anchor="rs")
    for label in knee.labels:
        _label(canvas, label)


def _label(canvas: Canvas, label: Label) -> None:
    left = label.side == "left"
    x = LEFT_EDGE if left else RIGHT_EDGE
    anchor = "ra" if left else "la"
    main_size, sub_size = (40, 30) if label.strong else (36, 28)
    y = label.y
    lines = canvas.wrapped(label.main, main_size, COLUMN, bold=True)
    for line in lines:
        canvas.text((x, y), line, main_size, bold=True, anchor=anchor)
        y += main_size * 1.25
    for line in canvas.wrapped(label.sub, sub_size, COLUMN) if label.sub else []:
        canvas.text((x, y), line, sub_size, colour=SOFT_INK, anchor=anchor)
        y += sub_size * 1.3
    start = (x + (16 if left else -16), label.y + main_size * 0.62)
    colour = HIGHLIGHT if label.strong else INK
    canvas.line([start, label.target], colour, 5 if label.strong else 3)
    canvas.dot(label.target, 9 if label.strong else 7, colour)
