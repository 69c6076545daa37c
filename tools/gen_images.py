"""Draw hiptimer's move illustrations into ``assets/images/`` as SVG files.

Every picture shows the same articulated figure (head, neck, torso, upper arms,
forearms, thighs, shins, feet) posed by joint angles and seen from the side or
from the front, on one soft rounded card, with the working hip muscles marked
in a warm accent colour and an arrow for the direction of movement. The
lunges add a floor plan of the step in the card's corner: the floor from
above, the runner facing the viewer, the standing foot dark, the stepping
foot pale where it starts and blue where it lands. A new picture is a few
lines of pose data in ``PICTURES`` near the end of this file;
``docs/moves.md`` explains the angles.

The figure works or steps with the leg on the picture's right; the app
mirrors a picture horizontally for the second side, which is why no picture
holds any text.

The files are byte-for-byte reproducible: there is no timestamp, every number
is written with at most one decimal, and the geometry uses only IEEE-754
basic arithmetic and ``math.sqrt`` (correctly rounded everywhere), with a short
series instead of the C library's ``sin``/``cos``, which may differ in the last
bit between platforms. Run ``python tools/gen_images.py`` (or ``--out DIR``)
after changing a pose.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "images"

WIDTH = 480
HEIGHT = 360
GROUND_Y = 314.0  # where standing feet and lying backs meet the floor

# A light card that reads on dark and light windows alike, a slate figure
# (limbs on the far side darker), one warm accent for the working muscles and
# one cool colour for movement.
CARD = "#F4F1EA"
CARD_EDGE = "#DDD5C6"
FLOOR = "#CDC3B1"
SHADOW = "#E3DCCF"
MAT_TOP = "#B7D6CD"
MAT_EDGE = "#8DB8AD"
BODY = "#3F5F7F"
BODY_FAR = "#263B52"
HAIR = "#1E2D3F"
ACCENT = "#F28A1E"
ARROW = "#1F8FB3"
MARK = "#7FA7C9"

# Body proportions in picture units (the card is 480 x 360) at scale 1.
HEAD_R = 20.0
NECK = 10.0
TORSO = 80.0  # pelvis to shoulders
SHOULDER_HALF = 27.0  # front view: half the distance between the shoulders
HIP_HALF = 17.0  # front view: half the distance between the hip joints
UPPER_ARM = 48.0
FOREARM = 44.0
HAND_R = 8.0
THIGH = 70.0
SHIN = 66.0
FOOT_SIDE = 24.0
FOOT_FRONT = 9.0  # a foot seen from the front is mostly hidden by itself

# Stroke widths of the rounded limbs.
TORSO_W = 42.0
TORSO_FRONT_W = 18.0  # rounds the corners of the front-view torso
NECK_W = 16.0
UPPER_ARM_W = 17.0
FOREARM_W = 15.0
THIGH_W = 26.0
SHIN_W = 20.0
FOOT_W = 12.0
OUTLINE = 3.0  # card-coloured gap around a limb where it overlaps the body

# The floor plan of a lunge step: a square panel in the card's upper right,
# the stance centred in it (moved by PLAN_SHIFT so that every step fits),
# footprints of FOOT_PLAN heel to toe.
PLAN_SIZE = 196.0
PLAN_X = WIDTH - 20.0 - PLAN_SIZE
PLAN_Y = 20.0
PLAN_SHIFT = (-18.0, -11.0)
PLAN_STANCE = 20.0  # half the distance between the feet at the start
FOOT_PLAN = 44.0
FOOT_PLAN_W = 18.0
FOOT_PLAN_BALL = 11.5
PLAN_ARROW_W = 11.0
PLAN_GHOST = "#B9C7D4"  # where the stepping foot was

# Equipment: a mini band in a colour of its own, looped above both knees
# (a cuff across each thigh and the stretch between them), and a stability
# ball, lighter than the figure so the legs on it stay distinct.
BAND = "#C8407E"
BAND_W = 8.0
BAND_CUFF = 7.0
BALL = "#C9B8E4"
BALL_EDGE = "#9D86C6"
BALL_SHINE = "#E6DCF3"

ROUND = 'stroke-linecap="round" stroke-linejoin="round"'
_PI = 3.141592653589793

Point = tuple[float, float]


# ---------------------------------------------------------------------------
# Deterministic geometry and number formatting


def _sin_cos(degrees: float) -> tuple[float, float]:
    """Return sine and cosine of an angle in degrees using basic arithmetic."""
    d = degrees % 360.0
    quadrant = int((d + 45.0) // 90.0)
    x = (d - 90.0 * quadrant) * _PI / 180.0  # now within [-pi/4, pi/4)
    x2 = x * x
    sin, cos = x, 1.0
    term_s, term_c = x, 1.0
    for n in range(1, 10):
        term_s = -term_s * x2 / ((2 * n) * (2 * n + 1))
        term_c = -term_c * x2 / ((2 * n - 1) * (2 * n))
        sin += term_s
        cos += term_c
    quadrant %= 4
    if quadrant == 0:
        return sin, cos
    if quadrant == 1:
        return cos, -sin
    if quadrant == 2:
        return -sin, -cos
    return -cos, sin


def _along(p: Point, angle: float, length: float) -> Point:
    """Return the point ``length`` away from ``p`` in direction ``angle``.

    Directions are degrees clockwise from straight up, so 90 points right and
    180 straight down (the picture's y axis grows downward).
    """
    sin, cos = _sin_cos(angle)
    return p[0] + sin * length, p[1] - cos * length


def _num(value: float) -> str:
    """Format a coordinate with at most one decimal and no negative zero."""
    rounded = round(value, 1)
    if rounded == 0:
        rounded = 0.0
    text = f"{rounded:.1f}"
    return text[:-2] if text.endswith(".0") else text


# ---------------------------------------------------------------------------
# Pose data


@dataclass(frozen=True)
class Leg:
    """Joint angles of one leg, in degrees.

    Side view: ``hip`` is flexion (thigh swings forward), ``knee`` is flexion
    (shin folds back), ``ankle`` points the toes down. Front view: ``hip`` is
    abduction (thigh out to its own side; negative crosses the midline),
    ``knee`` bends the knee outward (shin turns back toward the midline),
    ``ankle`` turns the toes down from pointing outward.

    The ``*_len`` factors shorten a segment that points toward or away from
    the viewer (foreshortening). ``behind`` draws the leg darker and behind the
    torso (front view; in the side view the far leg always is), and
    ``knee_forward`` draws it over the torso (front view: a knee bent toward
    the viewer).
    """

    hip: float = 0.0
    knee: float = 0.0
    ankle: float = 0.0
    thigh_len: float = 1.0
    shin_len: float = 1.0
    foot_len: float = 1.0
    behind: bool = False
    knee_forward: bool = False


@dataclass(frozen=True)
class Arm:
    """Joint angles of one arm, in degrees.

    Side view: ``shoulder`` is flexion (arm swings forward and up), ``elbow``
    is flexion (forearm folds forward). Front view: ``shoulder`` is abduction
    (arm out to its own side), ``elbow`` turns the forearm in toward the
    midline. ``behind`` draws the arm darker and behind the torso (front view).
    """

    shoulder: float = 0.0
    elbow: float = 0.0
    upper_len: float = 1.0
    fore_len: float = 1.0
    behind: bool = False


@dataclass(frozen=True)
class Arrow:
    """A movement arrow: a quadratic curve from ``start`` via ``bend`` to ``end``.

    The points are offsets in picture units from the joint named ``anchor``
    (``pelvis``, ``head``, ``near_knee``, ``far_ankle``, ``near_toe``, …), so an
    arrow follows its joint while a pose is tuned. ``behind`` draws it before
    the figure, so that it passes behind a leg. ``width`` is the shaft's; the
    head grows with it.
    """

    anchor: str
    start: Point
    bend: Point
    end: Point
    behind: bool = False
    width: float = 7.0


@dataclass(frozen=True)
class FootPath:
    """A floor plan of one lunge step, drawn in a panel beside the figure.

    The plan is the floor seen from above with the runner facing the viewer,
    the same way on every lunge, so that the four plans of the lunge matrix
    read as a set and the near (working) foot is on the picture's right, as in
    the figure. Both feet start side by side; ``foot`` (``near`` or ``far``)
    steps, and ``to`` is where it lands as an offset from where it started, in
    plan units: x to the picture's right, y toward the viewer, so a negative y
    is a step back. ``bend`` pulls the arrow's middle sideways from the
    straight line (positive to the left of the direction of travel), so that
    a step behind or in front of the other foot curves around it.
    """

    foot: Literal["near", "far"]
    to: Point
    bend: float = 0.0


@dataclass(frozen=True)
class Band:
    """A mini band looped round both legs at ``at`` of the way from hip to knee.

    It is drawn as a cuff across each thigh and a strap between the two, so
    knees together show one ring and knees apart show the band stretched.
    """

    at: float = 0.82


@dataclass(frozen=True)
class Ball:
    """A stability ball of ``radius`` on the floor, touched from above by a joint.

    The ball is placed under the joint named ``anchor`` (a heel, as a rule)
    so that its surface meets the limb there; ``ahead`` puts its centre to
    the right of that point (the foot on the ball's near slope) or, when
    false, to the left. ``gap`` is how far below the joint the limb's
    underside is.
    """

    anchor: str
    radius: float
    ahead: bool = True
    gap: float = 10.0


@dataclass(frozen=True)
class Pose:
    """Everything needed to draw one picture of the figure.

    ``trunk`` is the direction from the pelvis to the shoulders, in degrees
    clockwise from straight up (0 upright, 270 lying with the head to the
    left); ``neck`` tilts the head forward from it.

    Side view: ``near_*`` are the limbs facing the viewer, ``far_*`` the ones
    drawn darker behind the body. The body's front is clockwise of the trunk:
    an upright figure faces right, one lying with the head to the left lies
    on its back.

    Front view: ``near_*`` are the limbs on the picture's right (the working
    side; for a body lying on its side, the top ones) and ``far_*`` those on
    its left.

    Placement: the figure is drawn ``scale`` times its normal size, with the
    joint named ``anchor`` at ``x``; then it is lowered until its lowest point
    touches the floor, unless ``y`` is given, which places the anchor there.

    ``muscle`` says what the orange mark shows: ``glute`` (the back or the
    outside of the hip, the default), ``front`` (the front of the hip, where
    a hip-flexor stretch is felt) or ``inner`` (the inner thigh, the
    adductors). ``working`` picks the leg it is on; in a stretch it marks the
    muscle being stretched.
    """

    view: Literal["side", "front"]
    x: float
    y: float | None = None
    anchor: str = "pelvis"
    scale: float = 1.0
    trunk: float = 0.0
    neck: float = 0.0
    torso_len: float = 1.0
    near_leg: Leg = field(default_factory=Leg)
    far_leg: Leg = field(default_factory=Leg)
    near_arm: Arm = field(default_factory=Arm)
    far_arm: Arm = field(default_factory=Arm)
    highlight: bool = True  # mark the working hip in the accent colour
    working: Literal["near", "far"] = "near"  # which hip to mark
    muscle: Literal["glute", "front", "inner"] = "glute"
    arrows: tuple[Arrow, ...] = ()
    marks: Literal["", "breath", "speed"] = ""
    surface: Literal["floor", "mat"] = "floor"
    mat_depth: float = 0.0  # how much of the mat's top shows behind its edge
    path: FootPath | None = None  # a floor plan of the step beside the figure
    band: Band | None = None  # a mini band above the knees
    ball: Ball | None = None  # a stability ball under a joint


@dataclass(frozen=True)
class Picture:
    """One SVG file: its name, accessible title and description, and pose."""

    name: str
    title: str
    desc: str
    pose: Pose


# ---------------------------------------------------------------------------
# Skeleton

# Drawing layers, back to front.
BEHIND, LEGS_UNDER, BODY_LAYER, LEGS_OVER, MUSCLE, ARMS_OVER = range(6)


@dataclass
class Shape:
    """A drawable piece of the figure in picture coordinates."""

    layer: int
    group: str  # the shapes of one limb share one outline
    kind: Literal["line", "circle", "poly", "ellipse"]
    points: list[Point]
    size: float  # stroke width, radius, or an ellipse's x radius
    colour: str
    ry: float = 0.0  # ellipse only
    angle: float = 0.0  # ellipse only: direction of its long axis

    def lowest(self) -> float:
        """Return the largest y the shape reaches."""
        if self.kind == "circle":
            return self.points[0][1] + self.size
        if self.kind == "ellipse":
            return self.points[0][1] + max(self.size, self.ry)
        return max(p[1] for p in self.points) + self.size / 2


@dataclass
class Figure:
    """The posed skeleton: named joints and the shapes that draw them."""

    joints: dict[str, Point] = field(default_factory=dict)
    shapes: list[Shape] = field(default_factory=list)
    thigh_angles: dict[str, float] = field(default_factory=dict)  # for placing the accent

    def transform(self, k: float, dx: float, dy: float) -> None:
        """Scale everything by ``k`` about the origin, then move by ``(dx, dy)``."""
        self.joints = {n: (x * k + dx, y * k + dy) for n, (x, y) in self.joints.items()}
        for shape in self.shapes:
            shape.points = [(x * k + dx, y * k + dy) for x, y in shape.points]
            shape.size *= k
            shape.ry *= k

    def line(self, layer: int, group: str, a: Point, b: Point, width: float, colour: str) -> None:
        """Add a rounded limb segment."""
        self.shapes.append(Shape(layer, group, "line", [a, b], width, colour))

    def circle(self, layer: int, group: str, centre: Point, radius: float, colour: str) -> None:
        """Add a filled circle."""
        self.shapes.append(Shape(layer, group, "circle", [centre], radius, colour))

    def accent(self, centre: Point, rx: float, ry: float, angle: float) -> None:
        """Mark a working muscle with an accent-coloured ellipse."""
        self.shapes.append(Shape(MUSCLE, "muscle", "ellipse", [centre], rx, ACCENT, ry, angle))


def _add_leg(
    fig: Figure,
    name: str,
    hip: Point,
    leg: Leg,
    trunk: float,
    sign: int,
    foot: float,
    layer: int,
) -> None:
    """Add a leg; ``sign`` turns joint angles into picture directions."""
    colour = BODY_FAR if layer == BEHIND else BODY
    thigh_a = trunk + 180.0 - sign * leg.hip
    shin_a = thigh_a + sign * leg.knee
    foot_a = shin_a - sign * (90.0 - leg.ankle)
    knee = _along(hip, thigh_a, THIGH * leg.thigh_len)
    ankle = _along(knee, shin_a, SHIN * leg.shin_len)
    toe = _along(ankle, foot_a, foot * leg.foot_len)
    fig.joints.update(
        {f"{name}_hip": hip, f"{name}_knee": knee, f"{name}_ankle": ankle, f"{name}_toe": toe}
    )
    fig.thigh_angles[name] = thigh_a
    group = f"{name}_leg"
    fig.line(layer, group, hip, knee, THIGH_W, colour)
    fig.line(layer, group, knee, ankle, SHIN_W, colour)
    fig.line(layer, group, ankle, toe, FOOT_W, colour)


def _add_arm(
    fig: Figure,
    name: str,
    shoulder: Point,
    arm: Arm,
    trunk: float,
    sign: int,
    elbow_sign: int,
    layer: int,
) -> None:
    """Add an arm; ``sign`` and ``elbow_sign`` turn angles into directions."""
    colour = BODY_FAR if layer == BEHIND else BODY
    upper_a = trunk + 180.0 - sign * arm.shoulder
    fore_a = upper_a + elbow_sign * arm.elbow
    elbow = _along(shoulder, upper_a, UPPER_ARM * arm.upper_len)
    wrist = _along(elbow, fore_a, FOREARM * arm.fore_len)
    fig.joints.update({f"{name}_elbow": elbow, f"{name}_hand": wrist})
    group = f"{name}_arm"
    fig.line(layer, group, shoulder, elbow, UPPER_ARM_W, colour)
    fig.line(layer, group, elbow, wrist, FOREARM_W, colour)
    fig.circle(layer, group, wrist, HAND_R, colour)


def _add_neck_and_head(fig: Figure, base: Point, angle: float, back: float) -> None:
    """Add neck and head along ``angle``; the hair shows toward ``back``."""
    fig.line(BODY_LAYER, "body", base, _along(base, angle, NECK + 4.0), NECK_W, BODY)
    head = _along(base, angle, NECK + HEAD_R)
    hair = _along(_along(head, angle, 3.5), back, 4.5)
    fig.joints["head"] = head
    fig.circle(BODY_LAYER, "body", hair, HEAD_R, HAIR)
    fig.circle(BODY_LAYER, "body", head, HEAD_R, BODY)


def _build_side(pose: Pose) -> Figure:
    fig = Figure()
    t = pose.trunk
    pelvis = (0.0, 0.0)
    shoulder = _along(pelvis, t, TORSO * pose.torso_len)
    fig.joints.update({"pelvis": pelvis, "shoulder": shoulder})

    _add_leg(fig, "far", pelvis, pose.far_leg, t, 1, FOOT_SIDE, BEHIND)
    _add_arm(fig, "far", shoulder, pose.far_arm, t, 1, -1, BEHIND)
    # The torso stops short of the shoulder joint so that the neck shows.
    top = _along(pelvis, t, TORSO * pose.torso_len - 6.0)
    fig.line(BODY_LAYER, "body", pelvis, top, TORSO_W, BODY)
    head_a = t + pose.neck
    _add_neck_and_head(fig, _along(shoulder, head_a, -4.0), head_a, head_a - 90.0)
    _add_leg(fig, "near", pelvis, pose.near_leg, t, 1, FOOT_SIDE, LEGS_OVER)
    _add_arm(fig, "near", shoulder, pose.near_arm, t, 1, -1, ARMS_OVER)

    if pose.highlight:
        thigh = fig.thigh_angles[pose.working]
        if pose.muscle == "front":
            # The hip flexors: in front of the hip joint, along the thigh.
            centre = _along(_along(pelvis, t + 90.0, 9.0), thigh, 16.0)
            fig.accent(centre, 10.0, 16.0, thigh)
        else:
            # The glute: behind the hip joint, along the top of the thigh.
            centre = _along(_along(pelvis, t - 90.0, 11.0), thigh, 8.0)
            fig.accent(centre, 12.0, 17.0, thigh)
    return fig


def _build_front(pose: Pose) -> Figure:
    fig = Figure()
    t = pose.trunk
    pelvis = (0.0, 0.0)
    neck = _along(pelvis, t, TORSO * pose.torso_len)
    hip_r = _along(pelvis, t + 90.0, HIP_HALF)
    hip_l = _along(pelvis, t - 90.0, HIP_HALF)
    sh_r = _along(neck, t + 90.0, SHOULDER_HALF)
    sh_l = _along(neck, t - 90.0, SHOULDER_HALF)
    fig.joints.update({"pelvis": pelvis, "shoulder": neck})

    # Legs hang from under the torso. The far (left) one goes first so that a
    # near leg stepping across covers it.
    for name, hip, leg, sign in (
        ("far", hip_l, pose.far_leg, -1),
        ("near", hip_r, pose.near_leg, 1),
    ):
        if leg.behind:
            layer = BEHIND
        elif leg.knee_forward:
            layer = LEGS_OVER
        else:
            layer = LEGS_UNDER
        _add_leg(fig, name, hip, leg, t, sign, FOOT_FRONT, layer)
    for name, shoulder, arm, sign in (
        ("far", sh_l, pose.far_arm, -1),
        ("near", sh_r, pose.near_arm, 1),
    ):
        _add_arm(fig, name, shoulder, arm, t, sign, sign, BEHIND if arm.behind else ARMS_OVER)

    # The torso: a trapezoid from the shoulders to just below the hip joints,
    # its corners rounded by a stroke of its own colour.
    corners = [_along(p, t + 180.0, 4.0) for p in (sh_l, sh_r, hip_r, hip_l)]
    fig.shapes.append(Shape(BODY_LAYER, "body", "poly", corners, TORSO_FRONT_W, BODY))
    head_a = t + pose.neck
    _add_neck_and_head(fig, neck, head_a, head_a)

    if pose.highlight:
        side = 1.0 if pose.working == "near" else -1.0
        hip = hip_r if pose.working == "near" else hip_l
        if pose.muscle == "inner":
            # The adductors: along the inner side of the thigh, near the groin.
            thigh = fig.thigh_angles[pose.working]
            centre = _along(_along(hip, thigh, 24.0), thigh + side * 90.0, 7.0)
            fig.accent(centre, 8.0, 17.0, thigh)
        else:
            # The abductors on the outside of the working hip.
            centre = _along(_along(hip, t + side * 90.0, 11.0), t, 2.0)
            fig.accent(centre, 10.0, 17.0, t + side * 8.0)
    return fig


def build(pose: Pose) -> Figure:
    """Pose the skeleton and place it on the card."""
    if pose.view == "side":
        fig = _build_side(pose)
    elif pose.view == "front":
        fig = _build_front(pose)
    else:
        raise ValueError(f"unknown view {pose.view!r}")
    k = pose.scale
    ax, ay = fig.joints[pose.anchor]
    if pose.y is None:
        lowest = max(shape.lowest() for shape in fig.shapes if shape.layer != MUSCLE)
        fig.transform(k, pose.x - ax * k, GROUND_Y - lowest * k)
    else:
        fig.transform(k, pose.x - ax * k, pose.y - ay * k)
    return fig


# ---------------------------------------------------------------------------
# SVG output


def _svg_shape(shape: Shape, outline: float = 0.0) -> str:
    """Return the SVG element for a shape, or for its outline if ``outline``."""
    colour = CARD if outline else shape.colour
    if shape.kind == "line":
        (x1, y1), (x2, y2) = shape.points
        return (
            f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
            f'stroke="{colour}" stroke-width="{_num(shape.size + 2 * outline)}"/>'
        )
    if shape.kind == "circle":
        cx, cy = shape.points[0]
        return (
            f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(shape.size + outline)}" '
            f'fill="{colour}"/>'
        )
    if shape.kind == "ellipse":
        cx, cy = shape.points[0]
        # An unrotated ellipse's long axis (ry) points straight up, direction 0.
        return (
            f'<ellipse cx="{_num(cx)}" cy="{_num(cy)}" rx="{_num(shape.size)}" '
            f'ry="{_num(shape.ry)}" fill="{colour}" '
            f'transform="rotate({_num(shape.angle)} {_num(cx)} {_num(cy)})"/>'
        )
    points = " ".join(f"{_num(x)},{_num(y)}" for x, y in shape.points)
    return (
        f'<polygon points="{points}" fill="{colour}" stroke="{colour}" '
        f'stroke-width="{_num(shape.size + 2 * outline)}"/>'
    )


def _svg_figure(fig: Figure, outline: float) -> list[str]:
    """Draw the figure back to front.

    Each limb first gets a thin card-coloured outline, so that it stays
    distinct where it crosses the body or another limb of the same colour.
    """
    out: list[str] = []
    for layer in range(ARMS_OVER + 1):
        groups: list[str] = []
        for shape in fig.shapes:
            if shape.layer == layer and shape.group not in groups:
                groups.append(shape.group)
        for group in groups:
            shapes = [s for s in fig.shapes if s.layer == layer and s.group == group]
            if group != "muscle":
                out.extend(_svg_shape(s, outline) for s in shapes)
            out.extend(_svg_shape(s) for s in shapes)
    return out


def _svg_ground(pose: Pose, fig: Figure) -> list[str]:
    """Return the floor (line and shadow, or a patch) or the exercise mat."""
    if pose.surface == "mat":
        # Seen from a little above, the mat shows ``mat_depth`` of its top in
        # front of its edge.
        y = _num(GROUND_Y - pose.mat_depth)
        return [
            f'<rect x="28" y="{y}" width="424" height="{_num(pose.mat_depth + 16)}" rx="8" '
            f'fill="{MAT_EDGE}"/>',
            f'<rect x="28" y="{y}" width="424" height="{_num(pose.mat_depth + 10)}" rx="5" '
            f'fill="{MAT_TOP}"/>',
        ]
    xs = [x for shape in fig.shapes for x, _ in shape.points]
    cx = (min(xs) + max(xs)) / 2
    rx = (max(xs) - min(xs)) / 2 + 18.0
    if pose.view == "front":
        # A patch of floor with some depth, so that a foot set farther back
        # (drawn higher up) still stands on it.
        return [
            f'<ellipse cx="{_num(cx)}" cy="{_num(GROUND_Y - 10)}" rx="{_num(rx + 20)}" '
            f'ry="24" fill="{SHADOW}"/>',
        ]
    return [
        f'<line x1="24" y1="{_num(GROUND_Y + 1)}" x2="456" y2="{_num(GROUND_Y + 1)}" '
        f'stroke="{FLOOR}" stroke-width="3"/>',
        f'<ellipse cx="{_num(cx)}" cy="{_num(GROUND_Y)}" rx="{_num(rx)}" ry="8" fill="{SHADOW}"/>',
    ]


def _svg_curve_arrow(
    start: Point,
    bend: Point,
    end: Point,
    width: float = 7.0,
    head: float = 17.0,
    half: float = 11.0,
) -> list[str]:
    """Return a quadratic shaft and a triangular head pointing along the curve."""
    x0, y0 = start
    x1, y1 = bend
    x2, y2 = end
    dx, dy = x2 - x1, y2 - y1
    length = math.sqrt(dx * dx + dy * dy)
    ux, uy = dx / length, dy / length
    # End the shaft inside the head so that its round cap does not poke out.
    sx, sy = x2 - ux * head * 0.6, y2 - uy * head * 0.6
    bx, by = x2 - ux * head, y2 - uy * head
    tip = f"{_num(x2 + ux * 3)},{_num(y2 + uy * 3)}"
    left = f"{_num(bx - uy * half)},{_num(by + ux * half)}"
    right = f"{_num(bx + uy * half)},{_num(by - ux * half)}"
    return [
        f'<path d="M{_num(x0)} {_num(y0)} Q{_num(x1)} {_num(y1)} {_num(sx)} {_num(sy)}" '
        f'fill="none" stroke="{ARROW}" stroke-width="{_num(width)}"/>',
        f'<polygon points="{tip} {left} {right}" fill="{ARROW}" stroke="{ARROW}" '
        f'stroke-width="3"/>',
    ]


def _svg_arrow(arrow: Arrow, fig: Figure) -> list[str]:
    """Return a movement arrow placed on its joint."""
    ax, ay = fig.joints[arrow.anchor]
    grow = arrow.width / 7.0
    return _svg_curve_arrow(
        (ax + arrow.start[0], ay + arrow.start[1]),
        (ax + arrow.bend[0], ay + arrow.bend[1]),
        (ax + arrow.end[0], ay + arrow.end[1]),
        width=arrow.width,
        head=17.0 * grow,
        half=11.0 * grow,
    )


def plan_feet(path: FootPath) -> tuple[Point, Point, Point]:
    """Return the standing foot, the stepping foot's start and where it lands.

    The points are the centres of the footprints in picture coordinates.
    """
    cx, cy = PLAN_X + PLAN_SIZE / 2 + PLAN_SHIFT[0], PLAN_Y + PLAN_SIZE / 2 + PLAN_SHIFT[1]
    near, far = (cx + PLAN_STANCE, cy), (cx - PLAN_STANCE, cy)
    start, stays = (near, far) if path.foot == "near" else (far, near)
    return stays, start, (start[0] + path.to[0], start[1] + path.to[1])


def _svg_footprint(centre: Point, colour: str) -> list[str]:
    """Return a sole seen from above, toes toward the viewer: heel, then a wider ball."""
    x, y = centre
    heel = y - FOOT_PLAN / 2 + FOOT_PLAN_W / 2
    ball = y + FOOT_PLAN / 2 - FOOT_PLAN_BALL
    return [
        f'<line x1="{_num(x)}" y1="{_num(heel)}" x2="{_num(x)}" y2="{_num(ball)}" '
        f'stroke="{colour}" stroke-width="{_num(FOOT_PLAN_W)}"/>',
        f'<circle cx="{_num(x)}" cy="{_num(ball)}" r="{_num(FOOT_PLAN_BALL)}" fill="{colour}"/>',
    ]


def _svg_plan(path: FootPath) -> list[str]:
    """Return the floor plan panel: both feet, where one lands and the arrow there."""
    stays, start, land = plan_feet(path)
    out = [
        f'<rect x="{_num(PLAN_X)}" y="{_num(PLAN_Y)}" width="{_num(PLAN_SIZE)}" '
        f'height="{_num(PLAN_SIZE)}" rx="18" fill="{SHADOW}" stroke="{CARD_EDGE}" '
        'stroke-width="3"/>',
        *_svg_footprint(stays, BODY),
        *_svg_footprint(start, PLAN_GHOST),
        *_svg_footprint(land, ARROW),
    ]
    # The arrow starts on the pale footprint and its tip stops just short of
    # the landing one, whose edge is found as that of an ellipse around it.
    dx, dy = land[0] - start[0], land[1] - start[1]
    length = math.sqrt(dx * dx + dy * dy)
    ux, uy = dx / length, dy / length
    rx, ry = FOOT_PLAN_BALL + 7.0, FOOT_PLAN / 2 + 6.0
    gap = 1.0 / math.sqrt((ux / rx) * (ux / rx) + (uy / ry) * (uy / ry))
    a = (start[0] + ux * 6.0, start[1] + uy * 6.0)
    b = (land[0] - ux * gap, land[1] - uy * gap)
    mid = ((a[0] + b[0]) / 2 + uy * path.bend, (a[1] + b[1]) / 2 - ux * path.bend)
    out += _svg_curve_arrow(a, mid, b, width=PLAN_ARROW_W, head=22.0, half=15.0)
    return out


def band_points(pose: Pose, fig: Figure) -> tuple[Point, Point]:
    """Return where the mini band crosses the near and the far thigh."""
    assert pose.band is not None
    at = pose.band.at
    ends = []
    for leg in ("near", "far"):
        (hx, hy), (kx, ky) = fig.joints[f"{leg}_hip"], fig.joints[f"{leg}_knee"]
        ends.append((hx + (kx - hx) * at, hy + (ky - hy) * at))
    return ends[0], ends[1]


def _svg_band(pose: Pose, fig: Figure) -> list[str]:
    """Return the mini band: a cuff across each thigh and the strap between them."""
    out = []
    k = pose.scale
    near, far = band_points(pose, fig)
    for leg, (x, y) in (("far", far), ("near", near)):
        angle = fig.thigh_angles[leg] + 90.0
        half = (THIGH_W / 2 + 2.0) * k
        a, b = _along((x, y), angle, half), _along((x, y), angle, -half)
        out.append(
            f'<line x1="{_num(a[0])}" y1="{_num(a[1])}" x2="{_num(b[0])}" y2="{_num(b[1])}" '
            f'stroke="{BAND}" stroke-width="{_num(BAND_CUFF * k)}"/>'
        )
    if math.dist(near, far) > BAND_W * k:
        out.append(
            f'<line x1="{_num(near[0])}" y1="{_num(near[1])}" x2="{_num(far[0])}" '
            f'y2="{_num(far[1])}" stroke="{BAND}" stroke-width="{_num(BAND_W * k)}"/>'
        )
    return out


def ball_centre(pose: Pose, fig: Figure) -> Point:
    """Return the stability ball's centre: on the floor, its surface under the joint."""
    assert pose.ball is not None
    ball = pose.ball
    x, y = fig.joints[ball.anchor]
    r = ball.radius
    h = GROUND_Y - (y + ball.gap * pose.scale)  # the contact's height above the floor
    if not 0.0 < h <= 2.0 * r:
        raise ValueError(f"a ball of radius {r} cannot reach {ball.anchor}")
    dx = math.sqrt(2.0 * h * r - h * h)
    return (x + dx if ball.ahead else x - dx), GROUND_Y - r


def _svg_ball(pose: Pose, fig: Figure) -> list[str]:
    """Return the stability ball with its shadow and a soft shine."""
    assert pose.ball is not None
    cx, cy = ball_centre(pose, fig)
    r = pose.ball.radius
    shine = _along((cx, cy), 315.0, r * 0.55)
    return [
        f'<ellipse cx="{_num(cx)}" cy="{_num(GROUND_Y + 4)}" rx="{_num(r * 0.9)}" ry="9" '
        f'fill="{SHADOW}"/>',
        f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(r)}" fill="{BALL}" '
        f'stroke="{BALL_EDGE}" stroke-width="4"/>',
        f'<circle cx="{_num(shine[0])}" cy="{_num(shine[1])}" r="{_num(r * 0.2)}" '
        f'fill="{BALL_SHINE}"/>',
    ]


def _svg_marks(pose: Pose, fig: Figure) -> list[str]:
    """Return wisps of breath by the mouth or speed lines behind the body."""
    out: list[str] = []
    if pose.marks == "breath":
        # Little wisps of breath drifting out beside the mouth.
        hx, hy = fig.joints["head"]
        k = pose.scale
        for i, (dx, dy) in enumerate(((26.0, 2.0), (30.0, 14.0))):
            x, y, w = hx + dx * k, hy + dy * k, (32.0 - 8.0 * i) * k
            out.append(
                f'<path d="M{_num(x)} {_num(y)} q{_num(w / 4)} {_num(-6 * k)} '
                f'{_num(w / 2)} 0 t{_num(w / 2)} 0" fill="none" stroke="{MARK}" '
                'stroke-width="5"/>'
            )
    elif pose.marks == "speed":
        px, py = fig.joints["pelvis"]
        for i, (dy, length) in enumerate(((-92.0, 56.0), (-56.0, 74.0), (-20.0, 50.0))):
            x, y = px - 60.0 - 8.0 * i, _num(py + dy)
            out.append(
                f'<line x1="{_num(x - length)}" y1="{y}" x2="{_num(x)}" y2="{y}" '
                f'stroke="{MARK}" stroke-width="6"/>'
            )
    return out


def render(picture: Picture) -> str:
    """Return the SVG document for one picture."""
    pose = picture.pose
    fig = build(pose)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Drawn by tools/gen_images.py from pose data; edit the poses there. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        'aria-labelledby="title desc">',
        f'<title id="title">{escape(picture.title)}</title>',
        f'<desc id="desc">{escape(picture.desc)}</desc>',
        f'<rect x="4" y="4" width="{WIDTH - 8}" height="{HEIGHT - 8}" rx="28" '
        f'fill="{CARD}" stroke="{CARD_EDGE}" stroke-width="3"/>',
        '<g id="ground">',
        *_svg_ground(pose, fig),
        "</g>",
    ]
    if pose.path is not None:
        lines += [f'<g id="floor-plan" {ROUND}>', *_svg_plan(pose.path), "</g>"]
    if pose.ball is not None:
        lines += ['<g id="ball">', *_svg_ball(pose, fig), "</g>"]
    behind = [s for a in pose.arrows if a.behind for s in _svg_arrow(a, fig)]
    if behind:
        lines += [f'<g id="movement-behind" {ROUND}>', *behind, "</g>"]
    lines += [f'<g id="figure" {ROUND}>', *_svg_figure(fig, OUTLINE * pose.scale), "</g>"]
    if pose.band is not None:
        lines += [f'<g id="band" {ROUND}>', *_svg_band(pose, fig), "</g>"]
    extras = _svg_marks(pose, fig)
    extras += [s for a in pose.arrows if not a.behind for s in _svg_arrow(a, fig)]
    if extras:
        lines += [f'<g id="movement" {ROUND}>', *extras, "</g>"]
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# The pictures

# Arms used in several pictures.
ARMS_LOOSE = Arm(shoulder=12.0, elbow=8.0)
HANDS_AT_CHEST = Arm(shoulder=35.0, elbow=125.0)  # front view: the hands meet
HANDS_ON_HIPS = Arm(shoulder=35.0, elbow=80.0)
SIDE_HANDS_AT_CHEST = Arm(shoulder=10.0, elbow=105.0)

STAND_FRONT = Pose(
    view="front",
    x=240.0,
    near_leg=Leg(hip=4.0),
    far_leg=Leg(hip=4.0),
    near_arm=HANDS_AT_CHEST,
    far_arm=HANDS_AT_CHEST,
)

# The standing start of a lunge, left of centre to leave room for the floor
# plan.
LUNGE_STAND = replace(STAND_FRONT, x=175.0)

# Clam shell, front view of a body lying on its left side on the mat, head
# to the left on the bottom arm, top hand on the mat in front of the chest,
# seen from a little above so that the mat's top shows. Hips are bent 40
# degrees and knees to a right angle, feet together: the knees come forward
# (lower in the picture, onto the mat) and the feet go back in line with the
# hips, each leg a V with a square corner at the knee; the top leg lies on the
# bottom one. Opening the clam turns the top thigh up into the picture, where
# it looks longer, while the top foot stays on the bottom one. (The knee-up
# angles were found once by two-link inverse kinematics from the top hip to
# the top foot's place in the knee-down frame; here they are plain data.)
CLAM_HIP = 40.0
CLAM_BOTTOM_LEG = Leg(hip=CLAM_HIP, knee=90.0, thigh_len=0.75, shin_len=0.75)
CLAM_KNEE_DOWN = Leg(hip=-CLAM_HIP, knee=-90.0, thigh_len=0.75, shin_len=0.75, knee_forward=True)
CLAM_KNEE_UP = Leg(hip=52.6, knee=102.8, thigh_len=0.85, shin_len=0.85, knee_forward=True)
CLAM = Pose(
    view="front",
    x=235.0,
    y=GROUND_Y - 70.0,  # the pelvis, so that the lower side of the body lies on the mat
    scale=1.3,
    trunk=270.0,
    near_leg=CLAM_KNEE_DOWN,
    far_leg=CLAM_BOTTOM_LEG,
    near_arm=Arm(shoulder=-85.0, elbow=30.0, upper_len=0.7, fore_len=0.7),  # hand on the mat
    far_arm=Arm(shoulder=180.0, upper_len=0.8, fore_len=0.7, behind=True),  # under the head
    surface="mat",
    mat_depth=54.0,
)

# The clam family. The banded clam is the clam with a mini band above the
# knees. In the reverse clam the knees stay together and the top foot lifts:
# the shin turns up about the knee. The two angle variations bend the hips
# more (knees drawn up toward the chest: the thighs point more toward the
# viewer, so they are drawn shorter) or less (thighs nearly in line with the
# body); their knee-up frames were found by the same inverse kinematics as
# the clam's, keeping the top foot where it was.
CLAM_FOOT_UP = replace(CLAM_KNEE_DOWN, knee=-128.0, shin_len=0.85)
CLAM_BENT = replace(
    CLAM,
    near_leg=Leg(hip=-65.0, knee=-90.0, thigh_len=0.6, shin_len=0.75, knee_forward=True),
    far_leg=Leg(hip=65.0, knee=90.0, thigh_len=0.6, shin_len=0.75),
)
CLAM_BENT_KNEE_UP = Leg(hip=40.6, knee=106.7, thigh_len=0.75, shin_len=0.85, knee_forward=True)
CLAM_STRAIGHT = replace(
    CLAM,
    x=215.0,
    near_leg=Leg(hip=-15.0, knee=-90.0, thigh_len=0.95, shin_len=0.75, knee_forward=True),
    far_leg=Leg(hip=15.0, knee=90.0, thigh_len=0.95, shin_len=0.75),
)
CLAM_STRAIGHT_KNEE_UP = Leg(hip=64.0, knee=95.4, thigh_len=0.95, shin_len=0.85, knee_forward=True)
KNEE_LIFT = Arrow("near_knee", (6.0, -24.0), (20.0, -46.0), (6.0, -70.0))

# Glute bridge, side view, lying on the back with the head to the left. Feet
# and shoulders stay put while the hips rise; at the top the shins are upright
# and shoulders, hips and knees line up 19.9 degrees above the floor.
BRIDGE = Pose(view="side", x=340.0, anchor="near_ankle", scale=1.35, surface="mat")
BRIDGE_ARM = Arm(shoulder=-6.0, upper_len=0.95, fore_len=0.7)

# The bridge family, drawn like the glute bridge. The standing foot is the far
# one (the marching and single-leg bridges lift the near leg), so the figure is
# placed by that foot and the orange mark goes on that side, whose glutes
# carry the load.
BRIDGE_DOWN = replace(
    BRIDGE,
    trunk=270.0,
    near_leg=Leg(hip=45.5, knee=125.1, ankle=10.4),
    far_leg=Leg(hip=45.5, knee=125.1, ankle=10.4),
    near_arm=BRIDGE_ARM,
    far_arm=BRIDGE_ARM,
)
BRIDGE_UP = replace(
    BRIDGE,
    trunk=250.1,
    neck=19.9,  # the head stays flat on the floor
    near_leg=Leg(knee=109.9),
    far_leg=Leg(knee=109.9),
    near_arm=replace(BRIDGE_ARM, shoulder=-20.0),
    far_arm=replace(BRIDGE_ARM, shoulder=-20.0),
)
HIPS_RISE = Arrow("pelvis", (-4.0, -36.0), (-10.0, -58.0), (0.0, -84.0))
MARCH = replace(BRIDGE_UP, anchor="far_ankle", working="far")

# On the stability ball the legs are nearly straight, heels on top of the
# ball, and the figure is a little smaller so that the ball fits on the mat.
# Frame 2 of the ball bridge rises until shoulders, hips and heels are in one
# line with the heels where they were (trunk angle found by trying); the
# hamstring curl then bends the knees and rolls the ball in under the feet.
BALL_R = 55.0
BALL_LEGS = Leg(knee=8.0, ankle=-20.0)
BALL_BRIDGE = Pose(view="side", x=99.0, anchor="shoulder", scale=1.15, surface="mat")
BALL_DOWN = replace(
    BALL_BRIDGE,
    x=103.0,
    trunk=270.0,
    near_leg=replace(BALL_LEGS, hip=34.0),
    far_leg=replace(BALL_LEGS, hip=34.0),
    near_arm=BRIDGE_ARM,
    far_arm=BRIDGE_ARM,
    ball=Ball("near_ankle", BALL_R),
)
BALL_UP = replace(
    BALL_BRIDGE,
    x=95.0,
    trunk=249.0,
    neck=21.0,
    near_leg=BALL_LEGS,
    far_leg=BALL_LEGS,
    near_arm=replace(BRIDGE_ARM, shoulder=-20.0),
    far_arm=replace(BRIDGE_ARM, shoulder=-20.0),
    ball=Ball("near_ankle", BALL_R),
)
BALL_CURL = replace(
    BALL_UP,
    trunk=240.0,
    neck=30.0,
    near_leg=Leg(hip=30.0, knee=100.0, ankle=-10.0),
    far_leg=Leg(hip=30.0, knee=100.0, ankle=-10.0),
)

# Band walks, front view: a quarter squat (thighs foreshortened, knees over
# the feet) with a mini band above the knees. The lateral walk steps straight
# out to the side; the monster walk steps forward and out, so it has a floor
# plan like the lunges.
SQUAT_LEG = Leg(hip=9.0, knee=-6.0, thigh_len=0.8)
BAND_SQUAT = Pose(
    view="front",
    x=240.0,
    torso_len=0.94,  # leaning forward a little
    near_leg=SQUAT_LEG,
    far_leg=SQUAT_LEG,
    near_arm=HANDS_AT_CHEST,
    far_arm=HANDS_AT_CHEST,
    band=Band(),
)
MONSTER_PATH = FootPath("near", (44.0, 70.0))

# On all fours. From the side (the donkey kick) the body faces right with its
# back level, thighs and arms upright; seen from behind (the fire hydrant) the
# torso runs away from the viewer, so it is short, and the shins, pointing
# away too, nearly vanish.
ALL_FOURS_LEG = Leg(hip=90.0, knee=90.0, ankle=90.0)
ALL_FOURS = Pose(
    view="side",
    x=230.0,
    trunk=96.0,
    neck=-6.0,
    near_leg=ALL_FOURS_LEG,
    far_leg=ALL_FOURS_LEG,
    near_arm=Arm(shoulder=96.0, elbow=-4.0),
    far_arm=Arm(shoulder=96.0, elbow=-4.0),
    surface="mat",
    scale=1.15,
)
FROM_BEHIND_LEG = Leg(hip=4.0, shin_len=0.2, foot_len=0.5)
FROM_BEHIND = Pose(
    view="front",
    x=240.0,
    torso_len=0.62,
    neck=0.0,
    near_leg=FROM_BEHIND_LEG,
    far_leg=FROM_BEHIND_LEG,
    near_arm=Arm(shoulder=18.0, elbow=-10.0, upper_len=0.62, fore_len=0.6, behind=True),
    far_arm=Arm(shoulder=18.0, elbow=-10.0, upper_len=0.62, fore_len=0.6, behind=True),
    scale=1.2,
    surface="mat",
    mat_depth=40.0,
)

# Side-lying leg raise: the clam's figure with both legs straight, in line
# with the body.
LEG_RAISE = replace(
    CLAM,
    x=215.0,
    scale=1.2,
    y=GROUND_Y - 66.0,
    near_leg=Leg(hip=-2.0, knee=-4.0, ankle=40.0, knee_forward=True),
    far_leg=Leg(hip=2.0, knee=4.0, ankle=40.0),
)

# Single-leg balance, side view: the far knee comes up to hip height while the
# near leg stands (its glutes keep the pelvis level, so they carry the mark).
BALANCE = Pose(
    view="side",
    x=220.0,
    near_arm=Arm(shoulder=20.0, elbow=60.0),
    far_arm=Arm(shoulder=20.0, elbow=60.0),
)

# The stretches. For these the orange mark shows where the stretch is felt.
#
# Kneeling hip-flexor stretch, side view: the near leg kneels behind (its hip
# flexors are stretched, in front of the hip), the far foot is planted in
# front. Frame 2 moves the hips forward and the back thigh leans back.
KNEEL = Pose(
    view="side",
    x=210.0,
    trunk=-4.0,
    near_leg=Leg(hip=-8.0, knee=82.0, ankle=80.0),
    far_leg=Leg(hip=88.0, knee=88.0),
    near_arm=Arm(shoulder=28.0, elbow=36.0),
    far_arm=Arm(shoulder=28.0, elbow=36.0),
    working="near",
    muscle="front",
    surface="mat",
)

# Figure-four stretch, side view on the back: the near ankle crosses over the
# far knee, that thigh turned out toward the viewer (drawn short). Frame 2
# draws the far thigh in toward the chest, hands behind it. The crossed leg's
# angles keep its ankle on the far knee (inverse kinematics, then data).
FIGURE_FOUR = Pose(
    view="side",
    x=120.0,
    anchor="shoulder",
    scale=1.35,
    surface="mat",
    trunk=270.0,
    near_leg=Leg(hip=26.7, knee=-43.6, thigh_len=0.55, shin_len=0.75),
    far_leg=Leg(hip=45.5, knee=125.1, ankle=10.4),
    near_arm=BRIDGE_ARM,
    far_arm=BRIDGE_ARM,
)

# Seated, front view: the pelvis on the floor and the thighs, pointing toward
# the viewer, drawn short. 90/90: frame 1 is half-way through a switch (knees
# up, feet wide, hands on the floor behind), frame 2 has both knees lowered:
# the near (front) thigh out to the right with its shin across in front of
# the body, the far (back) thigh out to the left and its shin pointing back.
SEATED = Pose(
    view="front",
    x=240.0,
    y=GROUND_Y - 30.0,
    near_arm=Arm(shoulder=34.0, elbow=-14.0, behind=True),
    far_arm=Arm(shoulder=34.0, elbow=-14.0, behind=True),
    surface="mat",
    mat_depth=70.0,
)
NINETY_UP = Leg(hip=128.0, knee=118.0, thigh_len=0.75, shin_len=0.85)

# Butterfly: soles together in front, knees out to the sides; frame 2 lets the
# knees sink toward the floor. The orange mark is on the inner thigh.
BUTTERFLY = replace(
    SEATED,
    near_leg=Leg(hip=96.0, knee=128.0, thigh_len=0.85, shin_len=0.8),
    far_leg=Leg(hip=96.0, knee=128.0, thigh_len=0.85, shin_len=0.8),
    near_arm=Arm(shoulder=10.0, elbow=20.0, upper_len=0.9, fore_len=0.8),
    far_arm=Arm(shoulder=10.0, elbow=20.0, upper_len=0.9, fore_len=0.8),
    muscle="inner",
)

# The lunge matrix's floor plans, the same on both frames of a lunge. In all
# four the near foot steps, so the four arrows point four different ways:
# down (forward), right (out), up and left (back behind the other foot),
# down and left (across in front of it). Each curve bows away from the foot
# it passes.
FRONT_PATH = FootPath("near", (0.0, 80.0))
SIDE_PATH = FootPath("near", (74.0, 0.0))
CURTSY_PATH = FootPath("near", (-80.0, -58.0), bend=-18.0)
CROSS_PATH = FootPath("near", (-80.0, 58.0), bend=18.0)
REVERSE_PATH = FootPath("near", (0.0, -64.0))  # straight back: shorter, to fit the panel

# Curtsy and cross-curtsy, front view. A knee bent toward the viewer makes a
# short thigh; a shin reaching back is short too, and its foot stands a little
# higher on the floor (farther away). The near leg, on the picture's right,
# steps across to the left: in the curtsy back behind the other leg (dark,
# drawn behind, arrow passing behind the standing leg), in the cross-curtsy
# in front of it (drawn over it, arrow passing in front). The front leg, which
# carries the weight, has the orange mark: the far one in the curtsy, the near
# one in the cross-curtsy.
CURTSY_STEP = Arrow("near_ankle", (30.0, 6.0), (-30.0, -66.0), (-98.0, -16.0), behind=True)
CROSS_STEP = Arrow("near_ankle", (6.0, 14.0), (-24.0, 44.0), (-64.0, 14.0))

PICTURES: tuple[Picture, ...] = (
    Picture(
        "clam-shell-1",
        "Clam shell — knee down",
        "Lying on the side on a mat, hips bent and knees bent to a right angle, "
        "feet together and the top knee resting on the bottom knee. Orange marks "
        "the working hip muscles.",
        CLAM,
    ),
    Picture(
        "clam-shell-2",
        "Clam shell — knee up",
        "Lying on the side, feet still touching, the top knee lifted toward the "
        "ceiling so the knees open like a clam. Orange marks the working hip "
        "muscles; the arrow shows the knee lifting.",
        replace(
            CLAM,
            near_leg=CLAM_KNEE_UP,
            arrows=(Arrow("near_knee", (6.0, -24.0), (20.0, -46.0), (6.0, -70.0)),),
        ),
    ),
    Picture(
        "banded-clam-shell-1",
        "Banded clam shell — knee down",
        "Lying on the side on a mat, hips and knees bent, feet together, a mini "
        "band looped just above both knees. Orange marks the working hip muscles.",
        replace(CLAM, band=Band()),
    ),
    Picture(
        "banded-clam-shell-2",
        "Banded clam shell — knee up against the band",
        "Lying on the side, feet still touching, the top knee lifted so the mini "
        "band above the knees stretches. Orange marks the working hip muscles; "
        "the arrow shows the knee lifting.",
        replace(CLAM, near_leg=CLAM_KNEE_UP, band=Band(), arrows=(KNEE_LIFT,)),
    ),
    Picture(
        "reverse-clam-shell-1",
        "Reverse clam shell — feet down",
        "Lying on the side on a mat, hips and knees bent, the top knee resting on "
        "the bottom knee and the feet together. Orange marks the working hip muscles.",
        CLAM,
    ),
    Picture(
        "reverse-clam-shell-2",
        "Reverse clam shell — top foot up",
        "Lying on the side, knees still together, the top foot lifted toward the "
        "ceiling while the knee stays down. Orange marks the working hip muscles; "
        "the arrow shows the foot lifting.",
        replace(
            CLAM,
            near_leg=CLAM_FOOT_UP,
            arrows=(Arrow("near_ankle", (14.0, -20.0), (34.0, -40.0), (22.0, -66.0)),),
        ),
    ),
    Picture(
        "clam-shell-hips-bent-1",
        "Clam shell, hips bent — knee down",
        "Lying on the side on a mat with the knees drawn up toward the chest, "
        "knees bent to a right angle, feet together. Orange marks the working "
        "hip muscles.",
        CLAM_BENT,
    ),
    Picture(
        "clam-shell-hips-bent-2",
        "Clam shell, hips bent — knee up",
        "Lying on the side with the knees drawn up toward the chest, feet still "
        "touching, the top knee lifted. Orange marks the working hip muscles; "
        "the arrow shows the knee lifting.",
        replace(CLAM_BENT, near_leg=CLAM_BENT_KNEE_UP, arrows=(KNEE_LIFT,)),
    ),
    Picture(
        "clam-shell-hips-straight-1",
        "Clam shell, hips straight — knee down",
        "Lying on the side on a mat with the thighs nearly in line with the "
        "body, knees bent to a right angle, feet together behind. Orange marks "
        "the working hip muscles.",
        CLAM_STRAIGHT,
    ),
    Picture(
        "clam-shell-hips-straight-2",
        "Clam shell, hips straight — knee up",
        "Lying on the side with the thighs nearly in line with the body, feet "
        "still touching, the top knee lifted. Orange marks the working hip "
        "muscles; the arrow shows the knee lifting.",
        replace(CLAM_STRAIGHT, near_leg=CLAM_STRAIGHT_KNEE_UP, arrows=(KNEE_LIFT,)),
    ),
    Picture(
        "glute-bridge-1",
        "Glute bridge — hips down",
        "Lying on the back, knees bent, feet flat on the floor close to the hips. "
        "Orange marks the glutes that lift the hips.",
        replace(
            BRIDGE,
            trunk=270.0,
            near_leg=Leg(hip=45.5, knee=125.1, ankle=10.4),
            far_leg=Leg(hip=45.5, knee=125.1, ankle=10.4),
            near_arm=BRIDGE_ARM,
            far_arm=BRIDGE_ARM,
        ),
    ),
    Picture(
        "glute-bridge-2",
        "Glute bridge — hips up",
        "Lying on the back with the hips lifted so that shoulders, hips and knees "
        "make one straight line, feet flat. Orange marks the working glutes; the "
        "arrow shows the hips rising.",
        replace(
            BRIDGE,
            trunk=250.1,
            neck=19.9,  # the head stays flat on the floor
            near_leg=Leg(knee=109.9),
            far_leg=Leg(knee=109.9),
            near_arm=replace(BRIDGE_ARM, shoulder=-20.0),
            far_arm=replace(BRIDGE_ARM, shoulder=-20.0),
            arrows=(Arrow("pelvis", (-4.0, -36.0), (-10.0, -58.0), (0.0, -84.0)),),
        ),
    ),
    Picture(
        "marching-bridge-1",
        "Marching bridge — hips up",
        "Lying on the back with the hips lifted so that shoulders, hips and knees "
        "make one straight line, both feet flat. Orange marks the working glutes.",
        MARCH,
    ),
    Picture(
        "marching-bridge-2",
        "Marching bridge — one knee lifted",
        "Hips still lifted and level, one knee drawn up toward the chest with the "
        "shin level, the other foot flat on the floor. Orange marks the glutes of "
        "the leg on the floor; the arrow shows the knee lifting.",
        replace(
            MARCH,
            near_leg=Leg(hip=75.0, knee=95.0, ankle=10.0),
            arrows=(Arrow("near_knee", (-30.0, -22.0), (-40.0, -50.0), (-26.0, -78.0)),),
        ),
    ),
    Picture(
        "single-leg-bridge-1",
        "Single-leg bridge — hips down, one leg straight",
        "Lying on the back, one knee bent with the foot flat, the other leg held "
        "straight in line with that thigh. Orange marks the glutes of the bent leg.",
        replace(
            BRIDGE_DOWN,
            anchor="far_ankle",
            working="far",
            near_leg=Leg(hip=45.5, ankle=10.0),
        ),
    ),
    Picture(
        "single-leg-bridge-2",
        "Single-leg bridge — hips up on one foot",
        "Hips lifted on one foot so that shoulders, hips and knee make one line, "
        "the other leg straight and in line with the body. Orange marks the "
        "glutes of the leg on the floor; the arrow shows the hips rising.",
        replace(MARCH, near_leg=Leg(ankle=10.0), arrows=(HIPS_RISE,)),
    ),
    Picture(
        "banded-glute-bridge-1",
        "Banded glute bridge — hips down",
        "Lying on the back, knees bent, feet flat, a mini band looped just above "
        "the knees. Orange marks the glutes that lift the hips.",
        replace(BRIDGE_DOWN, band=Band()),
    ),
    Picture(
        "banded-glute-bridge-2",
        "Banded glute bridge — hips up, knees pressing out",
        "Hips lifted so that shoulders, hips and knees make one line, knees held "
        "apart against the mini band. Orange marks the working glutes; the arrow "
        "shows the hips rising.",
        replace(BRIDGE_UP, band=Band(), arrows=(HIPS_RISE,)),
    ),
    Picture(
        "ball-bridge-1",
        "Ball bridge — hips down, heels on the ball",
        "Lying on the back, legs nearly straight, heels resting on top of a "
        "stability ball. Orange marks the glutes that lift the hips.",
        BALL_DOWN,
    ),
    Picture(
        "ball-bridge-2",
        "Ball bridge — hips up",
        "Heels on the stability ball and the hips lifted until shoulders, hips "
        "and heels make one straight line. Orange marks the working glutes; the "
        "arrow shows the hips rising.",
        replace(BALL_UP, arrows=(HIPS_RISE,)),
    ),
    Picture(
        "ball-hamstring-curl-1",
        "Ball hamstring curl — legs long",
        "Hips lifted, legs nearly straight, heels on top of a stability ball far "
        "from the hips. Orange marks the working glutes.",
        BALL_UP,
    ),
    Picture(
        "ball-hamstring-curl-2",
        "Ball hamstring curl — ball rolled in",
        "Hips still lifted, knees bent and the feet pulling the stability ball in "
        "toward the hips. Orange marks the working glutes; the arrow shows the "
        "ball rolling in.",
        replace(
            BALL_CURL,
            arrows=(Arrow("near_ankle", (96.0, -30.0), (70.0, -64.0), (28.0, -60.0)),),
        ),
    ),
    Picture(
        "front-lunge-1",
        "Front lunge — standing tall",
        "Standing tall, side on, feet together, hands at the chest. The arrow "
        "shows the long step forward to come; the floor plan in the corner shows "
        "one foot stepping straight ahead.",
        Pose(
            view="side",
            x=150.0,
            near_arm=SIDE_HANDS_AT_CHEST,
            far_arm=SIDE_HANDS_AT_CHEST,
            arrows=(Arrow("near_toe", (22.0, -8.0), (60.0, -22.0), (100.0, -8.0)),),
            path=FRONT_PATH,
        ),
    ),
    Picture(
        "front-lunge-2",
        "Front lunge — step forward and sink",
        "One long step forward: front thigh level with the floor, back knee just "
        "above it, upper body upright. Orange marks the front leg's glutes; the "
        "floor plan shows the foot stepping straight ahead.",
        Pose(
            view="side",
            x=165.0,
            near_leg=Leg(hip=90.0, knee=90.0),
            far_leg=Leg(hip=-20.0, knee=75.0, ankle=-40.0),
            near_arm=SIDE_HANDS_AT_CHEST,
            far_arm=SIDE_HANDS_AT_CHEST,
            arrows=(Arrow("pelvis", (6.0, 42.0), (28.0, 32.0), (54.0, 40.0)),),
            path=FRONT_PATH,
        ),
    ),
    Picture(
        "reverse-lunge-1",
        "Reverse lunge — standing tall",
        "Standing tall, side on, feet together, hands at the chest. The arrow "
        "shows the long step back to come; the floor plan in the corner shows "
        "one foot stepping straight back.",
        Pose(
            view="side",
            x=170.0,
            near_arm=SIDE_HANDS_AT_CHEST,
            far_arm=SIDE_HANDS_AT_CHEST,
            working="far",
            arrows=(Arrow("near_ankle", (-22.0, -8.0), (-60.0, -22.0), (-100.0, -8.0)),),
            path=REVERSE_PATH,
        ),
    ),
    Picture(
        "reverse-lunge-2",
        "Reverse lunge — step back and sink",
        "One long step back: the front thigh level with the floor, the back knee "
        "just above it, upper body upright. Orange marks the front leg's glutes; "
        "the floor plan shows the foot stepping straight back.",
        Pose(
            view="side",
            x=180.0,
            near_leg=Leg(hip=-20.0, knee=75.0, ankle=-40.0),
            far_leg=Leg(hip=90.0, knee=90.0),
            near_arm=SIDE_HANDS_AT_CHEST,
            far_arm=SIDE_HANDS_AT_CHEST,
            working="far",
            arrows=(Arrow("pelvis", (-6.0, 42.0), (-28.0, 32.0), (-54.0, 40.0)),),
            path=REVERSE_PATH,
        ),
    ),
    Picture(
        "side-lunge-1",
        "Side lunge — stepping out",
        "Facing forward, hands at the chest, one foot lifted and on its way out "
        "to the side while the other leg stands straight. The arrow shows the "
        "wide step; the floor plan in the corner shows that foot moving straight "
        "out sideways.",
        replace(
            LUNGE_STAND,
            # The knee lifts a little toward the viewer (short thigh) and the
            # shin hangs down, so the foot clears the floor beside the body.
            near_leg=Leg(hip=22.0, knee=14.0, thigh_len=0.82),
            arrows=(Arrow("near_ankle", (22.0, 4.0), (52.0, 0.0), (84.0, 20.0)),),
            path=SIDE_PATH,
        ),
    ),
    Picture(
        "side-lunge-2",
        "Side lunge — step out and sink",
        "A wide step out to the side: that knee bent over the foot and the hips "
        "sunk toward it, the other leg straight. Orange marks the working hip; "
        "the floor plan shows the foot moving straight out sideways.",
        Pose(
            view="front",
            x=170.0,
            torso_len=0.92,  # leaning forward a little
            near_leg=Leg(hip=50.0, knee=55.0, thigh_len=0.85),
            far_leg=Leg(hip=40.0),
            near_arm=HANDS_AT_CHEST,
            far_arm=HANDS_AT_CHEST,
            arrows=(Arrow("near_ankle", (24.0, 0.0), (50.0, -12.0), (80.0, 0.0)),),
            path=SIDE_PATH,
        ),
    ),
    Picture(
        "curtsy-lunge-1",
        "Curtsy lunge — standing",
        "Standing tall facing forward, feet together, hands at the chest. The "
        "arrow shows one foot about to step back behind the other; the floor plan "
        "in the corner shows it going back and across, past the other foot.",
        replace(LUNGE_STAND, working="far", arrows=(CURTSY_STEP,), path=CURTSY_PATH),
    ),
    Picture(
        "curtsy-lunge-2",
        "Curtsy lunge — step back and across",
        "One foot stepped back and behind the other, both knees bent as in a "
        "curtsy. Orange marks the front leg's hip; the floor plan shows the foot "
        "going back and across, past the other foot.",
        Pose(
            view="front",
            x=175.0,
            near_leg=Leg(
                hip=-45.5,
                knee=27.1,
                ankle=29.9,
                thigh_len=1.14,
                shin_len=0.51,
                behind=True,
            ),
            far_leg=Leg(hip=33.3, knee=42.2, thigh_len=0.55, knee_forward=True),
            near_arm=HANDS_AT_CHEST,
            far_arm=HANDS_AT_CHEST,
            working="far",
            arrows=(Arrow("near_ankle", (80.0, 30.0), (40.0, -30.0), (-22.0, -10.0), True),),
            path=CURTSY_PATH,
        ),
    ),
    Picture(
        "cross-curtsy-lunge-1",
        "Cross-curtsy lunge — standing",
        "Standing tall facing forward, feet together, hands at the chest. The "
        "arrow shows one foot about to step across in front of the other; the "
        "floor plan in the corner shows it going forward and across, past the "
        "other foot.",
        replace(LUNGE_STAND, arrows=(CROSS_STEP,), path=CROSS_PATH),
    ),
    Picture(
        "cross-curtsy-lunge-2",
        "Cross-curtsy lunge — step across in front",
        "One foot stepped across in front of the other, both knees bent. Orange "
        "marks the front leg's hip; the floor plan shows the foot going forward "
        "and across, past the other foot.",
        Pose(
            view="front",
            x=190.0,
            near_leg=Leg(
                hip=-53.8,
                knee=-48.9,
                ankle=9.1,
                thigh_len=0.73,
                shin_len=1.06,
                knee_forward=True,
            ),
            far_leg=Leg(
                hip=-21.0,
                knee=17.7,
                ankle=51.3,
                thigh_len=0.92,
                shin_len=0.19,
                behind=True,
            ),
            near_arm=HANDS_AT_CHEST,
            far_arm=HANDS_AT_CHEST,
            arrows=(Arrow("near_ankle", (60.0, 6.0), (30.0, 34.0), (-4.0, 20.0)),),
            path=CROSS_PATH,
        ),
    ),
    Picture(
        "lateral-band-walk-1",
        "Lateral band walk — quarter squat",
        "Facing forward in a quarter squat, hands at the chest, feet hip-width "
        "apart and a mini band looped above the knees. Orange marks the working "
        "hip muscles.",
        replace(
            BAND_SQUAT,
            arrows=(Arrow("near_ankle", (24.0, -10.0), (56.0, -22.0), (88.0, -10.0)),),
        ),
    ),
    Picture(
        "lateral-band-walk-2",
        "Lateral band walk — step out to the side",
        "Still low, one foot stepped wide out to the side so the mini band above "
        "the knees stretches. Orange marks the working hip muscles; the arrow "
        "shows the step sideways.",
        replace(
            BAND_SQUAT,
            x=220.0,
            near_leg=Leg(hip=36.0, knee=-8.0, thigh_len=0.84),
            arrows=(Arrow("near_ankle", (24.0, -10.0), (56.0, -22.0), (88.0, -10.0)),),
        ),
    ),
    Picture(
        "monster-walk-1",
        "Monster walk — quarter squat",
        "Facing forward in a quarter squat, hands at the chest, a mini band above "
        "the knees. The floor plan in the corner shows one foot about to step "
        "forward and out.",
        replace(BAND_SQUAT, x=165.0, path=MONSTER_PATH),
    ),
    Picture(
        "monster-walk-2",
        "Monster walk — step forward and out",
        "Still low, one foot stepped forward and out, wide of the other, so the "
        "mini band above the knees stretches. Orange marks the working hip "
        "muscles; the floor plan shows the step forward and out.",
        replace(
            BAND_SQUAT,
            x=160.0,
            near_leg=Leg(hip=26.0, knee=-14.0, thigh_len=0.7, shin_len=1.06, knee_forward=True),
            arrows=(Arrow("near_ankle", (14.0, 10.0), (30.0, 22.0), (46.0, 30.0)),),
            path=MONSTER_PATH,
        ),
    ),
    Picture(
        "fire-hydrant-1",
        "Fire hydrant — on all fours",
        "On hands and knees seen from behind, hands under the shoulders and knees "
        "under the hips. Orange marks the working hip muscles.",
        FROM_BEHIND,
    ),
    Picture(
        "fire-hydrant-2",
        "Fire hydrant — knee out to the side",
        "On hands and knees seen from behind, one bent leg lifted out to the side "
        "until the thigh is about level. Orange marks the working hip muscles; the "
        "arrow shows the knee lifting out.",
        replace(
            FROM_BEHIND,
            near_leg=Leg(hip=80.0, knee=-100.0, shin_len=0.35, foot_len=0.5),
            arrows=(Arrow("near_knee", (10.0, 34.0), (40.0, 30.0), (44.0, 0.0)),),
        ),
    ),
    Picture(
        "donkey-kick-1",
        "Donkey kick — on all fours",
        "On hands and knees seen from the side, back flat, hands under the "
        "shoulders and knees under the hips. Orange marks the working glutes.",
        ALL_FOURS,
    ),
    Picture(
        "donkey-kick-2",
        "Donkey kick — heel to the ceiling",
        "On hands and knees, one knee still bent to a right angle and that leg "
        "lifted behind until the thigh is level and the sole faces the ceiling. "
        "Orange marks the working glutes; the arrow shows the heel lifting.",
        replace(
            ALL_FOURS,
            near_leg=Leg(hip=-6.0, knee=90.0, ankle=0.0),
            arrows=(Arrow("near_knee", (-22.0, 26.0), (-50.0, 10.0), (-52.0, -26.0)),),
        ),
    ),
    Picture(
        "side-lying-leg-raise-1",
        "Side-lying leg raise — legs together",
        "Lying on the side on a mat, head on the bottom arm, both legs straight "
        "and stacked in line with the body. Orange marks the working hip muscles.",
        LEG_RAISE,
    ),
    Picture(
        "side-lying-leg-raise-2",
        "Side-lying leg raise — top leg up",
        "Lying on the side, the top leg lifted straight toward the ceiling, toes "
        "facing forward, the bottom leg still on the mat. Orange marks the "
        "working hip muscles; the arrow shows the leg lifting.",
        replace(
            LEG_RAISE,
            near_leg=Leg(hip=34.0, ankle=40.0, knee_forward=True),
            arrows=(Arrow("near_knee", (34.0, -34.0), (50.0, -70.0), (36.0, -104.0)),),
        ),
    ),
    Picture(
        "single-leg-balance-1",
        "Single-leg balance — standing tall",
        "Standing tall, side on, feet together, elbows bent. The arrow shows one "
        "knee about to lift. Orange marks the hip that will hold the balance.",
        replace(
            BALANCE,
            arrows=(Arrow("far_knee", (30.0, 10.0), (48.0, -20.0), (40.0, -52.0)),),
        ),
    ),
    Picture(
        "single-leg-balance-2",
        "Single-leg balance — one knee up",
        "Standing on one leg, the other knee lifted to hip height, body tall and "
        "still. Orange marks the hip muscles of the standing leg, which keep the "
        "pelvis level.",
        replace(BALANCE, far_leg=Leg(hip=90.0, knee=95.0, ankle=20.0)),
    ),
    Picture(
        "hip-flexor-stretch-1",
        "Kneeling hip-flexor stretch — tall kneel",
        "Kneeling on one knee, the other foot planted in front with the knee bent, "
        "body tall. Orange marks the front of the back hip, where the stretch "
        "will be felt.",
        KNEEL,
    ),
    Picture(
        "hip-flexor-stretch-2",
        "Kneeling hip-flexor stretch — hips forward",
        "Still kneeling tall, the hips eased forward so the back thigh leans "
        "back and the front of that hip stretches. Orange marks where the "
        "stretch is felt; the arrow shows the hips moving forward.",
        replace(
            KNEEL,
            x=228.0,
            near_leg=Leg(hip=-28.0, knee=62.0, ankle=80.0),
            far_leg=Leg(hip=70.0, knee=104.0, ankle=-14.0),
            arrows=(Arrow("pelvis", (-30.0, 40.0), (0.0, 52.0), (34.0, 40.0)),),
        ),
    ),
    Picture(
        "figure-four-stretch-1",
        "Figure-four stretch — ankle over knee",
        "Lying on the back, one foot flat with the knee bent, the other ankle "
        "crossed over that knee so the leg makes a figure four. Orange marks the "
        "glute of the crossed leg, where the stretch is felt.",
        FIGURE_FOUR,
    ),
    Picture(
        "figure-four-stretch-2",
        "Figure-four stretch — knee drawn in",
        "Lying on the back with the ankle still crossed over the other knee, "
        "both hands drawing that thigh in toward the chest. Orange marks the "
        "stretched glute; the arrow shows the thigh coming in.",
        replace(
            FIGURE_FOUR,
            far_leg=Leg(hip=100.0, knee=100.0, ankle=10.0),
            near_leg=Leg(hip=76.2, knee=-36.9, thigh_len=0.55, shin_len=0.75),
            near_arm=Arm(shoulder=62.0, elbow=12.0),
            far_arm=Arm(shoulder=62.0, elbow=12.0),
            arrows=(Arrow("far_knee", (40.0, -30.0), (20.0, -60.0), (-20.0, -60.0)),),
        ),
    ),
    Picture(
        "ninety-ninety-switch-1",
        "90/90 switch — knees up",
        "Sitting on the floor, hands behind, feet flat and wide, both knees up "
        "half-way through the switch. Orange marks the hip that is stretched next.",
        replace(SEATED, near_leg=NINETY_UP, far_leg=NINETY_UP),
    ),
    Picture(
        "ninety-ninety-switch-2",
        "90/90 switch — knees down to one side",
        "Sitting tall with both knees dropped to one side and bent to right "
        "angles: the front shin across in front of the body, the back thigh out "
        "to the side. Orange marks the front leg's hip, where the stretch is felt.",
        replace(
            SEATED,
            near_leg=Leg(hip=56.0, knee=146.0, thigh_len=0.7, shin_len=0.95),
            far_leg=Leg(hip=78.0, knee=-92.0, shin_len=0.45, foot_len=0.6, behind=True),
            arrows=(Arrow("near_knee", (30.0, -40.0), (40.0, -10.0), (24.0, 14.0)),),
        ),
    ),
    Picture(
        "butterfly-stretch-1",
        "Butterfly stretch — soles together",
        "Sitting tall on the floor, soles of the feet together in front, knees "
        "open to the sides, hands holding the feet. Orange marks the inner "
        "thigh, where the stretch is felt.",
        BUTTERFLY,
    ),
    Picture(
        "butterfly-stretch-2",
        "Butterfly stretch — knees lowered",
        "Sitting tall with the soles together, the knees sunk further toward the "
        "floor. Orange marks the stretched inner thigh; the arrow shows the "
        "knees lowering.",
        replace(
            BUTTERFLY,
            near_leg=Leg(hip=112.0, knee=150.0, thigh_len=0.9, shin_len=0.85),
            far_leg=Leg(hip=112.0, knee=150.0, thigh_len=0.9, shin_len=0.85),
            arrows=(Arrow("near_knee", (26.0, -40.0), (40.0, -20.0), (30.0, 6.0)),),
        ),
    ),
    Picture(
        "switch-1",
        "Switch sides — turn over",
        "Lying on the side on the mat, knees bent, with a curved arrow over the "
        "body: roll over onto the other side for the next set.",
        replace(
            CLAM,
            highlight=False,
            arrows=(Arrow("pelvis", (96.0, -56.0), (-4.0, -200.0), (-104.0, -60.0), width=11.0),),
        ),
    ),
    Picture(
        "get-ready-1",
        "Get ready",
        "Standing relaxed and tall, arms loose at the sides, ready to start.",
        Pose(
            view="front",
            x=240.0,
            near_leg=Leg(hip=6.0),
            far_leg=Leg(hip=6.0),
            near_arm=ARMS_LOOSE,
            far_arm=ARMS_LOOSE,
            highlight=False,
        ),
    ),
    Picture(
        "rest-1",
        "Rest — hands on hips, breathe",
        "Standing with hands on the hips, breathing easily between moves.",
        Pose(
            view="front",
            x=240.0,
            near_leg=Leg(hip=6.0),
            far_leg=Leg(hip=6.0),
            near_arm=HANDS_ON_HIPS,
            far_arm=HANDS_ON_HIPS,
            highlight=False,
            marks="breath",
        ),
    ),
    Picture(
        "done-1",
        "Done — off for the run",
        "Running off to the right: the warm-up is finished, time to run.",
        Pose(
            view="side",
            x=250.0,
            trunk=14.0,
            # The near leg pushes off behind while the near arm swings forward.
            near_leg=Leg(hip=-28.0, knee=75.0, ankle=35.0),
            far_leg=Leg(hip=75.0, knee=90.0, ankle=10.0),
            near_arm=Arm(shoulder=50.0, elbow=80.0),
            far_arm=Arm(shoulder=-45.0, elbow=95.0),
            highlight=False,
            marks="speed",
        ),
    ),
)


# The contact sheets of ``--sheets``: each frame at half the card's size, then
# each at the 96 x 72 of a thumbnail and the last one mirrored, on the run
# screen's green, the way Qt's SVG renderer draws them in the app.
SHEET_BACKGROUND = "#166534"
SHEET_CARD = (240, 180)
SHEET_THUMB = (96, 72)
SHEET_GAP = 12


def moves_of(pictures: Sequence[Picture]) -> dict[str, list[Picture]]:
    """Group pictures by move id (the name without its ``-N`` frame number)."""
    moves: dict[str, list[Picture]] = {}
    for picture in pictures:
        moves.setdefault(picture.name.rsplit("-", 1)[0], []).append(picture)
    return moves


def write_sheets(out_dir: Path, pictures: Sequence[Picture]) -> list[Path]:
    """Render one PNG contact sheet per move into ``out_dir``; needs PySide6.

    The sheets are for looking at, not for the app, so unlike the SVGs they
    may differ in the last bit between Qt versions.
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    written = []
    gap = SHEET_GAP
    for move, frames in moves_of(pictures).items():
        cw, ch = SHEET_CARD
        tw, th = SHEET_THUMB
        width = gap + len(frames) * (cw + gap) + (len(frames) + 1) * (tw + gap)
        image = QImage(width, ch + 2 * gap, QImage.Format.Format_RGB32)
        image.fill(QColor(SHEET_BACKGROUND))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderers = [QSvgRenderer(QByteArray(render(p).encode("utf-8"))) for p in frames]
        x = gap
        for renderer in renderers:
            renderer.render(painter, QRectF(x, gap, cw, ch))
            x += cw + gap
        for i, renderer in enumerate([*renderers, renderers[-1]]):
            rect = QRectF(x, gap + (ch - th) / 2, tw, th)
            if i == len(renderers):  # the second side
                painter.save()
                painter.translate(2 * x + tw, 0)
                painter.scale(-1, 1)
                renderer.render(painter, rect)
                painter.restore()
            else:
                renderer.render(painter, rect)
            x += tw + gap
        painter.end()
        path = out_dir / f"{move}.png"
        image.save(str(path))
        written.append(path)
    del _app
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Write every picture into the output folder and return the exit status."""
    parser = argparse.ArgumentParser(description="Draw hiptimer's move illustrations as SVG files.")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"folder to write the SVG files to (default: {DEFAULT_OUT})",
    )
    parser.add_argument(
        "--sheets",
        type=Path,
        metavar="DIR",
        help="also render a PNG contact sheet of each move into DIR (needs PySide6)",
    )
    parser.add_argument(
        "--only", metavar="TEXT", help="draw only the pictures whose name contains TEXT"
    )
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    pictures = [p for p in PICTURES if args.only is None or args.only in p.name]
    for picture in pictures:
        path = out_dir / f"{picture.name}.svg"
        path.write_bytes(render(picture).encode("utf-8"))
        print(f"wrote {path}")
    if args.sheets is not None:
        args.sheets.mkdir(parents=True, exist_ok=True)
        for path in write_sheets(args.sheets, pictures):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
