"""Check the committed move pictures in ``assets/images/`` and their generator.

Every picture the app looks up must be there, be a well-formed SVG with a view
box, a title and a description (for screen readers), hold no text (the app
mirrors pictures for the second side), and be exactly what
``tools/gen_images.py`` draws today, so that the files in git never drift from
the pose data that describes them. The pose data is checked too where a
picture has to show something the instructions ask for: knees at a right angle
in the clam shell, lunge floor plans that cannot be mistaken for one another,
a band where a move needs one and a ball under the feet that rest on it.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parents[2]
IMAGES_DIR = REPO_ROOT / "assets" / "images"
GENERATOR = REPO_ROOT / "tools" / "gen_images.py"
SVG = "{http://www.w3.org/2000/svg}"

# Picture id -> number of frames, and the words its title starts with.
MOVES: dict[str, tuple[int, str]] = {
    "clam-shell": (2, "Clam shell"),
    "banded-clam-shell": (2, "Banded clam shell"),
    "reverse-clam-shell": (2, "Reverse clam shell"),
    "clam-shell-hips-bent": (2, "Clam shell, hips bent"),
    "clam-shell-hips-straight": (2, "Clam shell, hips straight"),
    "glute-bridge": (2, "Glute bridge"),
    "banded-glute-bridge": (2, "Banded glute bridge"),
    "marching-bridge": (2, "Marching bridge"),
    "single-leg-bridge": (2, "Single-leg bridge"),
    "ball-bridge": (2, "Ball bridge"),
    "ball-hamstring-curl": (2, "Ball hamstring curl"),
    "front-lunge": (2, "Front lunge"),
    "reverse-lunge": (2, "Reverse lunge"),
    "side-lunge": (2, "Side lunge"),
    "curtsy-lunge": (2, "Curtsy lunge"),
    "cross-curtsy-lunge": (2, "Cross-curtsy lunge"),
    "lateral-band-walk": (2, "Lateral band walk"),
    "monster-walk": (2, "Monster walk"),
    "fire-hydrant": (2, "Fire hydrant"),
    "donkey-kick": (2, "Donkey kick"),
    "side-lying-leg-raise": (2, "Side-lying leg raise"),
    "single-leg-balance": (2, "Single-leg balance"),
    "hip-flexor-stretch": (2, "Kneeling hip-flexor stretch"),
    "figure-four-stretch": (2, "Figure-four stretch"),
    "ninety-ninety-switch": (2, "90/90 switch"),
    "butterfly-stretch": (2, "Butterfly stretch"),
    "switch": (1, "Switch sides"),
    "get-ready": (1, "Get ready"),
    "rest": (1, "Rest"),
    "done": (1, "Done"),
}
EXPECTED = tuple(
    f"{move}-{frame}.svg" for move, (frames, _) in MOVES.items() for frame in range(1, frames + 1)
)


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hiptimer_gen_images", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before running it: dataclasses look their module up by name.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    """Import the generator script by its file path."""
    return _load_generator()


def test_regenerating_reproduces_the_committed_files(generator: ModuleType, tmp_path: Path) -> None:
    """Redrawing into a fresh folder gives the committed files byte for byte."""
    assert generator.main(["--out", str(tmp_path)]) == 0
    produced = sorted(path.name for path in tmp_path.glob("*.svg"))
    assert produced == sorted(EXPECTED)
    stale = [
        name
        for name in produced
        if not (IMAGES_DIR / name).is_file()
        or (IMAGES_DIR / name).read_bytes() != (tmp_path / name).read_bytes()
    ]
    assert not stale, f"run `python tools/gen_images.py` to redraw: {stale}"


def test_every_library_move_has_two_drawn_frames(generator: ModuleType) -> None:
    """Each move in assets/moves.toml names a picture the generator draws in two frames."""
    with (REPO_ROOT / "assets" / "moves.toml").open("rb") as handle:
        library = tomllib.load(handle)
    drawn = {picture.name for picture in generator.PICTURES}
    for move_id, move in library.items():
        image = move["image"]
        assert MOVES.get(image, (0, ""))[0] == 2, f"{move_id}: picture {image!r} not listed"
        for frame in (1, 2):
            assert f"{image}-{frame}" in drawn, f"{move_id}: frame {frame} is not drawn"
            assert (IMAGES_DIR / f"{image}-{frame}.svg").is_file()
        assert f"{image}-3" not in drawn


def test_drawing_twice_gives_the_same_bytes(generator: ModuleType) -> None:
    """Nothing in a drawing depends on time, order or chance."""
    for picture in generator.PICTURES:
        assert generator.render(picture) == generator.render(picture)


def test_trigonometry_matches_the_c_library(generator: ModuleType) -> None:
    """The libm-free sine and cosine are accurate."""
    for tenth in range(-7200, 7201, 7):
        degrees = tenth / 10
        sin, cos = generator._sin_cos(degrees)
        assert sin == pytest.approx(math.sin(math.radians(degrees)), abs=1e-12)
        assert cos == pytest.approx(math.cos(math.radians(degrees)), abs=1e-12)


@pytest.mark.parametrize("name", EXPECTED)
def test_picture_is_committed(name: str) -> None:
    """Every picture the app looks up is in the repository."""
    assert (IMAGES_DIR / name).is_file(), f"missing assets/images/{name}"


@pytest.mark.parametrize("name", EXPECTED)
def test_picture_is_an_accessible_svg(name: str) -> None:
    """Each file is an SVG with a view box, a title and a description, and no text."""
    root = ET.parse(IMAGES_DIR / name).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 480 360"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.text
    assert desc is not None and desc.text and len(desc.text) > 20
    move = name.rsplit("-", 1)[0]
    assert title.text.startswith(MOVES[move][1])
    # Mirrored for the second side, so any lettering would read backwards.
    assert root.find(f".//{SVG}text") is None


def test_frames_of_one_move_have_different_titles() -> None:
    """A screen reader can tell the frames of a move apart."""
    for move, (frames, _) in MOVES.items():
        titles = {
            ET.parse(IMAGES_DIR / f"{move}-{frame}.svg").getroot().findtext(f"{SVG}title")
            for frame in range(1, frames + 1)
        }
        assert len(titles) == frames, move


LUNGES = ("front-lunge", "side-lunge", "curtsy-lunge", "cross-curtsy-lunge", "reverse-lunge")
# Moves whose step is shown in a floor plan: the lunges and the monster walk.
PLANNED = (*LUNGES, "monster-walk")


def _pictures(generator: ModuleType) -> dict[str, object]:
    return {picture.name: picture for picture in generator.PICTURES}


def _angle_at(joints: dict[str, tuple[float, float]], a: str, b: str, c: str) -> float:
    """Return the angle in degrees at joint ``b`` between ``a`` and ``c``, as drawn."""
    (ax, ay), (bx, by), (cx, cy) = joints[a], joints[b], joints[c]
    u, v = (ax - bx, ay - by), (cx - bx, cy - by)
    cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(cos))


def test_clam_shell_starts_with_knees_at_a_right_angle(generator: ModuleType) -> None:
    """Frame 1 shows both knees bent to about 90 degrees, feet together, as the text asks."""
    picture = _pictures(generator)["clam-shell-1"]
    joints = generator.build(picture.pose).joints
    for leg in ("near", "far"):
        angle = _angle_at(joints, f"{leg}_hip", f"{leg}_knee", f"{leg}_ankle")
        assert angle == pytest.approx(90.0, abs=5.0), f"{leg} knee drawn at {angle:.1f} degrees"
    # The top foot rests on the bottom one: one thigh's width apart at most.
    top, bottom = joints["near_ankle"], joints["far_ankle"]
    assert math.dist(top, bottom) <= generator.THIGH_W * picture.pose.scale * 1.5


def test_clam_shell_keeps_the_feet_together_while_the_knee_opens(generator: ModuleType) -> None:
    """Between the frames the top knee rises and the top foot stays put."""
    pictures = _pictures(generator)
    down = generator.build(pictures["clam-shell-1"].pose).joints
    up = generator.build(pictures["clam-shell-2"].pose).joints
    assert math.dist(down["near_ankle"], up["near_ankle"]) < 3.0
    assert up["near_knee"][1] < down["near_knee"][1] - 80.0  # higher up the picture


def test_side_lunge_starts_with_the_step_under_way(generator: ModuleType) -> None:
    """Frame 1 of the side lunge is not just standing: the stepping foot is off the floor."""
    pose = _pictures(generator)["side-lunge-1"].pose
    joints = generator.build(pose).joints
    assert joints["far_ankle"][1] - joints["near_ankle"][1] > 10.0
    assert joints["near_ankle"][0] - joints["near_hip"][0] > 15.0  # and out to the side


def test_every_lunge_has_one_floor_plan_on_both_frames(generator: ModuleType) -> None:
    """The plan is the same in both frames of a lunge, and only stepping moves have one."""
    pictures = _pictures(generator)
    for name, picture in pictures.items():
        move = name.rsplit("-", 1)[0]
        if move in PLANNED:
            assert picture.pose.path is not None, name
            assert picture.pose.path == pictures[f"{move}-1"].pose.path, name
        else:
            assert picture.pose.path is None, name


def test_the_four_lunge_floor_plans_point_different_ways(generator: ModuleType) -> None:
    """From the same start, the lunges' steps head at least 40 degrees apart and land apart."""
    pictures = _pictures(generator)
    steps = {}
    for move in LUNGES:
        stays, start, land = generator.plan_feet(pictures[f"{move}-1"].pose.path)
        steps[move] = (stays, start, land)
    starts = {(stays, start) for stays, start, _ in steps.values()}
    assert len(starts) == 1, "the plans should start from the same stance"
    for i, first in enumerate(LUNGES):
        for second in LUNGES[i + 1 :]:
            (_, s1, l1), (_, s2, l2) = steps[first], steps[second]
            a1 = math.degrees(math.atan2(l1[1] - s1[1], l1[0] - s1[0]))
            a2 = math.degrees(math.atan2(l2[1] - s2[1], l2[0] - s2[0]))
            apart = abs((a1 - a2 + 180.0) % 360.0 - 180.0)
            assert apart >= 40.0, f"{first} and {second} steps only {apart:.0f} degrees apart"
            assert math.dist(l1, l2) >= 1.5 * generator.FOOT_PLAN, (first, second)


def test_curtsy_steps_behind_and_cross_curtsy_in_front(generator: ModuleType) -> None:
    """Runner facing the viewer: behind is up the plan, in front is down, both across."""
    pictures = _pictures(generator)
    for move, behind in (("curtsy-lunge", True), ("cross-curtsy-lunge", False)):
        stays, start, land = generator.plan_feet(pictures[f"{move}-1"].pose.path)
        # Across: the stepping foot lands beyond the standing one.
        assert (land[0] - stays[0]) * (start[0] - stays[0]) < 0, move
        assert (land[1] < stays[1] - generator.FOOT_PLAN / 2) == behind, move
        assert (land[1] > stays[1] + generator.FOOT_PLAN / 2) == (not behind), move


def test_floor_plan_stays_clear_of_the_figure(generator: ModuleType) -> None:
    """No limb reaches into the plan's panel and the panel's feet stay inside it."""
    left, top = generator.PLAN_X, generator.PLAN_Y
    right, bottom = left + generator.PLAN_SIZE, top + generator.PLAN_SIZE
    for picture in generator.PICTURES:
        if picture.pose.path is None:
            continue
        for shape in generator.build(picture.pose).shapes:
            reach = shape.size / 2 if shape.kind == "line" else shape.size
            points = shape.points
            if shape.kind == "line":  # the whole limb, not only its ends
                (x1, y1), (x2, y2) = points
                points = [(x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10) for i in range(11)]
            for x, y in points:
                inside = left - reach < x < right + reach and top - reach < y < bottom + reach
                assert not inside, f"{picture.name}: {shape.group} overlaps the floor plan"
        for x, y in generator.plan_feet(picture.pose.path):
            assert left + generator.FOOT_PLAN_BALL < x < right - generator.FOOT_PLAN_BALL
            assert top + generator.FOOT_PLAN / 2 < y < bottom - generator.FOOT_PLAN / 2


# Picture id -> the equipment its two frames show.
BANDED = ("banded-clam-shell", "banded-glute-bridge", "lateral-band-walk", "monster-walk")
ON_THE_BALL = ("ball-bridge", "ball-hamstring-curl")


def test_equipment_is_drawn_where_a_move_needs_it(generator: ModuleType) -> None:
    """A band on the banded moves' frames, a ball on the ball moves', none elsewhere."""
    for name, picture in _pictures(generator).items():
        move = name.rsplit("-", 1)[0]
        assert (picture.pose.band is not None) == (move in BANDED), name
        assert (picture.pose.ball is not None) == (move in ON_THE_BALL), name


def test_band_stretches_when_the_knees_part(generator: ModuleType) -> None:
    """Knees together the band is one loop; in the banded clam's and walk's frame 2 it is long."""
    pictures = _pictures(generator)
    for move in ("banded-clam-shell", "lateral-band-walk"):
        lengths = []
        for frame in (1, 2):
            pose = pictures[f"{move}-{frame}"].pose
            near, far = generator.band_points(pose, generator.build(pose))
            lengths.append(math.dist(near, far))
        assert lengths[1] > lengths[0] + 20.0, (move, lengths)


def test_ball_sits_on_the_floor_under_the_heels(generator: ModuleType) -> None:
    """The ball touches the floor and the heel rests on its surface, and it fits the mat."""
    for name, picture in _pictures(generator).items():
        pose = picture.pose
        if pose.ball is None:
            continue
        fig = generator.build(pose)
        cx, cy = generator.ball_centre(pose, fig)
        r = pose.ball.radius
        assert cy + r == pytest.approx(generator.GROUND_Y), name
        hx, hy = fig.joints[pose.ball.anchor]
        contact = (hx, hy + pose.ball.gap * pose.scale)
        assert math.dist(contact, (cx, cy)) == pytest.approx(r, abs=0.5), name
        assert 28.0 < cx - r and cx + r < 452.0, f"{name}: the ball runs off the mat"


def test_ball_rolls_in_for_the_hamstring_curl(generator: ModuleType) -> None:
    """Frame 2 of the curl has the ball nearer the shoulders than frame 1."""
    pictures = _pictures(generator)
    xs = []
    for frame in (1, 2):
        pose = pictures[f"ball-hamstring-curl-{frame}"].pose
        fig = generator.build(pose)
        xs.append(generator.ball_centre(pose, fig)[0] - fig.joints["shoulder"][0])
    assert xs[1] < xs[0] - 30.0


def test_marching_and_single_leg_bridges_keep_one_foot_down(generator: ModuleType) -> None:
    """The far foot stays put on the floor between the frames; the near leg is what moves."""
    pictures = _pictures(generator)
    for move in ("marching-bridge", "single-leg-bridge"):
        one, two = (generator.build(pictures[f"{move}-{f}"].pose).joints for f in (1, 2))
        assert math.dist(one["far_ankle"], two["far_ankle"]) < 3.0, move
        assert math.dist(one["near_ankle"], two["near_ankle"]) > 40.0, move
