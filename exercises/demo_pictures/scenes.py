"""What each exercise picture shows: the person's pose, the props and the arrow.

Lying exercises are on a mat, head to the left; standing ones face right.
The start picture shows the starting position; the end picture the position
the movement reaches, with a red arrow for the way it moves.
"""

from exercises.demo_pictures.figure import (
    FLOOR,
    MAT_TOP,
    SHIN,
    THIGH,
    Arrow,
    Limb,
    Pose,
    Prop,
    Scene,
    on_floor,
    shoulder_of,
    standing_hip,
    toward,
)

KNEE_FORWARD = -1  # the bend that puts a knee in front (or above, lying)
ELBOW_DOWN = 1

# Lying on your back on a mat ----------------------------------------------------
BACK_LINE = MAT_TOP - 30  # the middle of the body, lying on the mat
LYING_HIP = (600, BACK_LINE)
MAT = Prop("mat", (120, 0), (1090, 0))
STRAIGHT_ANKLE = (LYING_HIP[0] + THIGH + SHIN - 2, MAT_TOP - 20)
BENT_ANKLE = on_floor(790, MAT_TOP)
LYING_HANDS = (Limb((648, MAT_TOP - 16), -1), Limb((644, MAT_TOP - 20), -1))


def lying(near_leg: Limb, far_leg: Limb, arms=LYING_HANDS) -> Pose:
    return Pose(LYING_HIP, 180, near_leg, far_leg, *arms, head_tilt=12)


STRAIGHT = Limb(STRAIGHT_ANKLE, KNEE_FORWARD, foot=-70)
KNEE_UP = Limb(BENT_ANKLE, KNEE_FORWARD, foot=10)


def raised(angle: float, foot: float = -75) -> Limb:
    """A straight leg lifted ``angle`` degrees from the floor."""
    return Limb(toward(LYING_HIP, -angle, THIGH + SHIN - 1), KNEE_FORWARD, foot=angle + foot)


# Standing, facing right ---------------------------------------------------------
STAND_X = 500
STAND_ANKLE = on_floor(STAND_X)
CHAIR = Prop("chair", (660, 0))
CHAIR_TOP = (660, 372)


def standing(
    near_leg: Limb | None = None,
    far_leg: Limb | None = None,
    *,
    hip: tuple[float, float] | None = None,
    back: float = -88,
    arms: tuple[Limb, Limb] | None = None,
    x: float = STAND_X,
) -> Pose:
    """Standing at ``x``, by default holding the chair's back with both hands
    (the chair is the same in each picture: where the person stands differs)."""
    ankle = on_floor(x)
    hip = hip or standing_hip(ankle, lean=4)
    near_leg = near_leg or Limb((ankle[0] + 6, ankle[1]), KNEE_FORWARD)
    far_leg = far_leg or Limb((ankle[0] - 6, ankle[1]), KNEE_FORWARD)
    if arms is None:
        arms = (Limb(CHAIR_TOP, ELBOW_DOWN), Limb((CHAIR_TOP[0] + 10, CHAIR_TOP[1]), ELBOW_DOWN))
    return Pose(hip, back, near_leg, far_leg, *arms)


def hanging_arms(hip) -> tuple[Limb, Limb]:
    return (Limb((hip[0] + 14, hip[1] + 40), -1), Limb((hip[0] + 4, hip[1] + 38), -1))


def quad_sets(end: bool) -> Scene:
    """A small rolled towel under the knee: the knee pushes down into it and straightens."""
    roll = (LYING_HIP[0] + THIGH - 2, MAT_TOP - 12)
    if end:
        near = Limb((LYING_HIP[0] + THIGH + SHIN, MAT_TOP - 48), KNEE_FORWARD, -85)
    else:
        near = Limb((LYING_HIP[0] + THIGH + 141, MAT_TOP - 20), KNEE_FORWARD, -50)
    arrow = Arrow((roll[0], roll[1] - 190), (roll[0], roll[1] - 160), (roll[0], roll[1] - 72))
    far = Limb((STRAIGHT_ANKLE[0], STRAIGHT_ANKLE[1] + 2), KNEE_FORWARD, -70)
    return Scene(lying(near, far), (MAT, Prop("towel_roll", roll)), arrow if end else None)


def straight_leg_raise(end: bool) -> Scene:
    near = raised(30) if end else STRAIGHT
    arrow = Arrow((965, 650), (1000, 560), (930, 470))
    return Scene(lying(near, KNEE_UP), (MAT,), arrow if end else None)


def heel_slides(end: bool) -> Scene:
    near = Limb(on_floor(770, MAT_TOP), KNEE_FORWARD, 10) if end else STRAIGHT
    arrow = Arrow((1010, 610), (930, 600), (850, 610))
    return Scene(lying(near, STRAIGHT), (MAT,), arrow if end else None)


def hamstring_curls(end: bool) -> Scene:
    hip = standing_hip(STAND_ANKLE, lean=4)
    knee = (hip[0] + 2, hip[1] + THIGH)
    near = Limb((knee[0] - SHIN + 8, knee[1] - 12), KNEE_FORWARD, 100) if end else None
    arrow = Arrow((400, 680), (300, 660), (318, 540))
    return Scene(standing(near), (CHAIR,), arrow if end else None)


def mini_squats(end: bool) -> Scene:
    """A step further from the chair than for the curls: room for the hips to go back."""
    x = STAND_X - 30
    hip = standing_hip(on_floor(x), lean=-28, drop=38) if end else None
    arrow = Arrow((x - 110, 260), (x - 110, 300), (x - 110, 360))
    return Scene(standing(hip=hip, back=-78 if end else -88, x=x), (CHAIR,), arrow if end else None)


WALL = Prop("wall", (150, 0), (200, 0))
WALL_X = 200 + 30  # the middle of a back against the wall


def wall_sits(end: bool) -> Scene:
    ankle = on_floor(400)
    hip = (WALL_X, 500) if end else (WALL_X, ankle[1] - 300)
    legs = (
        Limb((ankle[0] + 6, ankle[1]), KNEE_FORWARD),
        Limb((ankle[0] - 6, ankle[1]), KNEE_FORWARD),
    )
    arrow = Arrow((335, 150), (335, 200), (335, 290))
    pose = Pose(hip, -90, *legs, *hanging_arms(hip), head_tilt=0)
    return Scene(pose, (WALL,), arrow if end else None)


STEP_TOP = FLOOR - 90
STEP = Prop("step", (560, STEP_TOP), (900, 0))


def step_ups(end: bool) -> Scene:
    on_step = on_floor(640, STEP_TOP)
    if end:
        hip = standing_hip(on_step, lean=6)
        far = Limb((on_step[0] - 12, on_step[1]), KNEE_FORWARD)
        back = -88
    else:
        hip = standing_hip(on_floor(470), lean=12)
        far = Limb(on_floor(470), KNEE_FORWARD)
        back = -84
    pose = Pose(hip, back, Limb(on_step, KNEE_FORWARD), far, *hanging_arms(hip))
    arrow = Arrow((760, 480), (760, 420), (760, 300))
    return Scene(pose, (STEP,), arrow if end else None)


def calf_raises(end: bool) -> Scene:
    """Close to the chair, feet flat; then up on the toes."""
    x, lift = STAND_X + 25, 32
    if end:
        ankle = (x + 14, on_floor(x)[1] - lift)
        legs = Limb(ankle, KNEE_FORWARD, 62), Limb((ankle[0] - 8, ankle[1]), KNEE_FORWARD, 62)
        pose = standing(*legs, hip=standing_hip(ankle, lean=4))
    else:
        pose = standing(x=x)
    arrow = Arrow((x - 60, 700), (x - 60, 660), (x - 60, 600))
    return Scene(pose, (CHAIR,), arrow if end else None)


# Lying on your side, seen from the front: the top leg lifts toward the ceiling.
SIDE_HIP = (620, MAT_TOP - 34)


def side_lying_leg_raise(end: bool) -> Scene:
    length = THIGH + SHIN - 1
    bottom = Limb((SIDE_HIP[0] + length, MAT_TOP - 18), KNEE_FORWARD, -40)
    top = (
        Limb(toward(SIDE_HIP, -28, length), KNEE_FORWARD, -60)
        if end
        else Limb((SIDE_HIP[0] + length - 1, MAT_TOP - 44), KNEE_FORWARD, -40)
    )
    shoulder = toward(SIDE_HIP, 180, 175)
    arms = (
        Limb((SIDE_HIP[0] - 20, SIDE_HIP[1] - 24), ELBOW_DOWN * -1),
        Limb((shoulder[0] - 230, MAT_TOP - 16), 1),  # the lower arm along the mat
    )
    pose = Pose(SIDE_HIP, 180, top, bottom, *arms, head_tilt=6)
    arrow = Arrow((990, 640), (1030, 560), (970, 470))
    return Scene(pose, (MAT,), arrow if end else None)


def hamstring_stretch(end: bool) -> Scene:
    near = raised(62, foot=-80) if end else STRAIGHT
    foot = toward(near.end, near.foot, 30)
    shoulder = shoulder_of(lying(STRAIGHT, KNEE_UP))
    hands = toward(shoulder, -40 if end else -10, 212)
    arms = (Limb(hands, ELBOW_DOWN), Limb((hands[0] - 8, hands[1] + 6), ELBOW_DOWN))
    arrow = Arrow((975, 560), (990, 420), (860, 300))
    return Scene(lying(near, KNEE_UP, arms), (MAT,), arrow if end else None, towel=(hands, foot))


def quadriceps_stretch(end: bool) -> Scene:
    hip = standing_hip(STAND_ANKLE, lean=4)
    if end:
        ankle = (hip[0] - 50, hip[1] + 12)
        near = Limb(ankle, KNEE_FORWARD, 100)
        arms = (Limb((ankle[0] - 8, ankle[1] + 6), -1), Limb(CHAIR_TOP, ELBOW_DOWN))
    else:
        near, arms = None, (Limb((hip[0] + 14, hip[1] + 40), -1), Limb(CHAIR_TOP, ELBOW_DOWN))
    arrow = Arrow((420, 690), (330, 640), (390, 470))
    return Scene(standing(near, arms=arms), (CHAIR,), arrow if end else None)


SCENES = {
    "quad-sets": quad_sets,
    "straight-leg-raise": straight_leg_raise,
    "heel-slides": heel_slides,
    "hamstring-curls": hamstring_curls,
    "mini-squats": mini_squats,
    "wall-sits": wall_sits,
    "step-ups": step_ups,
    "calf-raises": calf_raises,
    "side-lying-leg-raise": side_lying_leg_raise,
    "hamstring-stretch": hamstring_stretch,
    "quadriceps-stretch": quadriceps_stretch,
}
