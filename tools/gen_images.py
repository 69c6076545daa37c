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
    working: Literal["near", "far"] = "near"  # front view: which hip to mark
    arrows: tuple[Arrow, ...] = ()
    marks: Literal["", "breath", "speed"] = ""
    surface: Literal["floor", "mat"] = "floor"
    mat_depth: float = 0.0  # how much of the mat's top shows behind its edge
    path: FootPath | None = None  # a floor plan of the step beside the figure


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
    thigh_angle: float = 0.0  # of the near leg, for placing the accent

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
    if name == "near":
        fig.thigh_angle = thigh_a
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
        # The glute: behind the near hip joint, along the top of the thigh.
        back = t - 90.0
        centre = _along(_along(pelvis, back, 11.0), fig.thigh_angle, 8.0)
        fig.accent(centre, 12.0, 17.0, fig.thigh_angle)
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
        # The abductors on the outside of the working hip.
        if pose.working == "near":
            centre = _along(_along(hip_r, t + 90.0, 11.0), t, 2.0)
            fig.accent(centre, 10.0, 17.0, t + 8.0)
        else:
            centre = _along(_along(hip_l, t - 90.0, 11.0), t, 2.0)
            fig.accent(centre, 10.0, 17.0, t - 8.0)
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
    behind = [s for a in pose.arrows if a.behind for s in _svg_arrow(a, fig)]
    if behind:
        lines += [f'<g id="movement-behind" {ROUND}>', *behind, "</g>"]
    lines += [f'<g id="figure" {ROUND}>', *_svg_figure(fig, OUTLINE * pose.scale), "</g>"]
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

# Glute bridge, side view, lying on the back with the head to the left. Feet
# and shoulders stay put while the hips rise; at the top the shins are upright
# and shoulders, hips and knees line up 19.9 degrees above the floor.
BRIDGE = Pose(view="side", x=340.0, anchor="near_ankle", scale=1.35, surface="mat")
BRIDGE_ARM = Arm(shoulder=-6.0, upper_len=0.95, fore_len=0.7)

# The lunge matrix's floor plans, the same on both frames of a lunge. In all
# four the near foot steps, so the four arrows point four different ways:
# down (forward), right (out), up and left (back behind the other foot),
# down and left (across in front of it). Each curve bows away from the foot
# it passes.
FRONT_PATH = FootPath("near", (0.0, 80.0))
SIDE_PATH = FootPath("near", (74.0, 0.0))
CURTSY_PATH = FootPath("near", (-80.0, -58.0), bend=-18.0)
CROSS_PATH = FootPath("near", (-80.0, 58.0), bend=18.0)

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


def main(argv: Sequence[str] | None = None) -> int:
    """Write every picture into the output folder and return the exit status."""
    parser = argparse.ArgumentParser(description="Draw hiptimer's move illustrations as SVG files.")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"folder to write the SVG files to (default: {DEFAULT_OUT})",
    )
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    for picture in PICTURES:
        path = out_dir / f"{picture.name}.svg"
        path.write_bytes(render(picture).encode("utf-8"))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
