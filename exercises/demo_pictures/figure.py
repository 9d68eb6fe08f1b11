"""A person drawn in code for the exercise pictures: thick rounded limbs, side on.

Design space 1200 x 800 pixels (y grows downwards, angles in degrees: 0 points
right, 90 down); each picture is ``OUTPUT_WIDTH`` pixels wide. A pose names the
hip, the angle of the back and where each hand and ankle is; the elbows and
knees follow (two-joint reach), so a foot put on the floor or a step stays
there. The near side of the body is dark, the far side lighter, so a reader
can tell the legs apart. No words: one picture serves every language.
"""

import math
from dataclasses import dataclass

from images.demo_pictures.drawing import Canvas, Point

SIZE = (1200, 800)
OUTPUT_WIDTH = 1500
FLOOR = 720

# Lengths and thicknesses (design pixels).
THIGH, SHIN, UPPER_ARM, FOREARM = 150, 145, 118, 108
BACK, NECK, HEAD = 175, 14, 36
FOOT = 48
WIDTH = {"back": 60, "thigh": 44, "shin": 36, "foot": 24, "upper_arm": 30, "forearm": 26}

# Colours on white: the near side 12.3:1, the far side 4.0:1, the movement's
# arrow NHS red 5.6:1; props in greys and wood 3:1 or more.
NEAR = "#003087"
FAR = "#4a77b4"
ARROW = "#d5281b"
FLOOR_LINE = "#425563"
FLOOR_FILL = "#e8edee"
MAT, MAT_LINE = "#bfd8ee", "#41658c"
WOOD, WOOD_LINE = "#b07a45", "#5c3a1a"
STEP, STEP_LINE = "#d8dde0", "#425563"
WALL, WALL_LINE = "#e8edee", "#425563"
TOWEL = "#007f3b"

# Where things stand: a foot flat on the floor has its ankle this high.
ANKLE_HEIGHT = 26
MAT_TOP = FLOOR - 14


@dataclass(frozen=True)
class Limb:
    """A hand or an ankle's place, which way the elbow or knee bends (1 or -1,
    the side of the line from shoulder or hip it lies on), and the foot's angle."""

    end: Point
    bend: int = 1
    foot: float = 15.0


@dataclass(frozen=True)
class Pose:
    hip: Point
    back: float  # angle from the hip to the shoulders
    near_leg: Limb
    far_leg: Limb
    near_arm: Limb
    far_arm: Limb
    head_tilt: float = 0.0  # the neck's angle from the back's line


@dataclass(frozen=True)
class Arrow:
    """The movement: a curve from ``start`` through ``control`` to the head at ``end``."""

    start: Point
    control: Point
    end: Point


@dataclass(frozen=True)
class Prop:
    kind: str  # mat, chair, step, wall, towel_roll, towel
    at: Point = (0, 0)
    to: Point = (0, 0)  # a towel's other end


@dataclass(frozen=True)
class Scene:
    pose: Pose
    props: tuple[Prop, ...] = ()
    arrow: Arrow | None = None
    towel: tuple[Point, Point] | None = None  # from the hands to the foot, drawn over the leg


def toward(start: Point, angle: float, length: float) -> Point:
    return (
        start[0] + length * math.cos(math.radians(angle)),
        start[1] + length * math.sin(math.radians(angle)),
    )


def joint(start: Point, end: Point, first: float, second: float, bend: int) -> Point:
    """The elbow or knee between ``start`` and ``end`` (straight if out of reach)."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    reach = math.hypot(dx, dy)
    if reach >= first + second - 0.5:
        return toward(start, math.degrees(math.atan2(dy, dx)), first)
    along = (first**2 - second**2 + reach**2) / (2 * reach)
    side = math.sqrt(max(first**2 - along**2, 0))
    ux, uy = dx / reach, dy / reach
    return (
        start[0] + ux * along - uy * side * bend,
        start[1] + uy * along + ux * side * bend,
    )


def reached(start: Point, end: Point, first: float, second: float) -> Point:
    """Where a limb's end really is: ``end``, or as far toward it as the limb goes."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    reach = math.hypot(dx, dy)
    if reach <= first + second:
        return end
    return toward(start, math.degrees(math.atan2(dy, dx)), first + second)


def standing_hip(ankle: Point, *, lean: float = 0.0, drop: float = 0.0) -> Point:
    """The hip straight above an ankle (``lean`` pixels forward), ``drop`` lower."""
    height = math.sqrt((THIGH + SHIN) ** 2 - lean**2)
    return (ankle[0] + lean, ankle[1] - height + drop)


def on_floor(x: float, floor: float = FLOOR) -> Point:
    """An ankle whose foot is flat on ``floor``."""
    return (x, floor - ANKLE_HEIGHT)


def _leg(canvas: Canvas, hip: Point, leg: Limb, colour: str) -> None:
    ankle = reached(hip, leg.end, THIGH, SHIN)
    knee = joint(hip, ankle, THIGH, SHIN, leg.bend)
    canvas.line([hip, knee], colour, WIDTH["thigh"])
    canvas.line([knee, ankle], colour, WIDTH["shin"])
    heel = toward(ankle, leg.foot + 180, 8)
    canvas.line([heel, toward(ankle, leg.foot, FOOT)], colour, WIDTH["foot"])


def _arm(canvas: Canvas, shoulder: Point, arm: Limb, colour: str) -> None:
    hand = reached(shoulder, arm.end, UPPER_ARM, FOREARM)
    elbow = joint(shoulder, hand, UPPER_ARM, FOREARM, arm.bend)
    canvas.line([shoulder, elbow], colour, WIDTH["upper_arm"])
    canvas.line([elbow, hand], colour, WIDTH["forearm"])
    canvas.dot(hand, 15, colour, ring=None)


def shoulder_of(pose: Pose) -> Point:
    return toward(pose.hip, pose.back, BACK)


def draw_person(canvas: Canvas, pose: Pose) -> None:
    shoulder = shoulder_of(pose)
    head = toward(shoulder, pose.back + pose.head_tilt, NECK + HEAD)
    _arm(canvas, shoulder, pose.far_arm, FAR)
    _leg(canvas, pose.hip, pose.far_leg, FAR)
    canvas.line([pose.hip, shoulder], NEAR, WIDTH["back"])
    canvas.line([shoulder, toward(shoulder, pose.back + pose.head_tilt, NECK + 6)], NEAR, 26)
    canvas.dot(head, HEAD, NEAR, ring="white")
    _leg(canvas, pose.hip, pose.near_leg, NEAR)
    _arm(canvas, shoulder, pose.near_arm, NEAR)


def _rectangle(left: float, top: float, right: float, bottom: float) -> list[Point]:
    return [(left, top), (right, top), (right, bottom), (left, bottom)]


def draw_prop(canvas: Canvas, prop: Prop) -> None:
    x, y = prop.at
    if prop.kind == "mat":
        canvas.shape(_rectangle(x, MAT_TOP, prop.to[0], FLOOR), MAT, MAT_LINE, 4)
    elif prop.kind == "chair":  # seen side on, its back toward the viewer's left
        canvas.shape(_rectangle(x - 12, 360, x + 12, FLOOR), WOOD, WOOD_LINE, 4)
        canvas.shape(_rectangle(x - 12, 540, x + 170, 566), WOOD, WOOD_LINE, 4)
        canvas.shape(_rectangle(x + 146, 540, x + 170, FLOOR), WOOD, WOOD_LINE, 4)
    elif prop.kind == "step":
        canvas.shape(_rectangle(x, y, prop.to[0], FLOOR), STEP, STEP_LINE, 5)
    elif prop.kind == "wall":
        canvas.shape(_rectangle(x, 40, prop.to[0], FLOOR), WALL, WALL_LINE, 5)
    elif prop.kind == "towel_roll":
        canvas.dot(prop.at, 13, TOWEL, ring=None)
        canvas.dot(prop.at, 5, "#66b38a", ring=None)


def draw_arrow(canvas: Canvas, arrow: Arrow) -> None:
    steps = 24
    points = [arrow.start]
    for i in range(1, steps + 1):
        t = i / steps
        points.append(
            tuple(
                (1 - t) ** 2 * arrow.start[k]
                + 2 * (1 - t) * t * arrow.control[k]
                + t**2 * arrow.end[k]
                for k in (0, 1)
            )
        )
    tip = arrow.end
    before = points[-4]
    angle = math.degrees(math.atan2(tip[1] - before[1], tip[0] - before[0]))
    base = toward(tip, angle + 180, 34)
    canvas.line(points[:-3] + [base], ARROW, 12)
    canvas.shape(
        [toward(tip, angle, 6), toward(base, angle + 90, 24), toward(base, angle - 90, 24)],
        ARROW,
    )


def draw_scene(scene: Scene) -> bytes:
    canvas = Canvas(SIZE, OUTPUT_WIDTH)
    canvas.shape(_rectangle(0, FLOOR, SIZE[0], SIZE[1]), FLOOR_FILL)
    canvas.line([(0, FLOOR), (SIZE[0], FLOOR)], FLOOR_LINE, 6)
    for prop in scene.props:
        draw_prop(canvas, prop)
    draw_person(canvas, scene.pose)
    if scene.towel:
        canvas.line(list(scene.towel), TOWEL, 12)
    if scene.arrow:
        draw_arrow(canvas, scene.arrow)
    return canvas.png()
