"""Check the committed move pictures in ``assets/images/`` and their generator.

Every picture the app looks up must be there, be a well-formed SVG with a view
box, a title and a description (for screen readers), hold no text (the app
mirrors pictures for the second side), and be exactly what
``tools/gen_images.py`` draws today, so that the files in git never drift from
the pose data that describes them. The pose data is checked too where a
picture has to show something the instructions ask for: knees at a right angle
in the clam shell, and four lunge floor plans that cannot be mistaken for one
another.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
IMAGES_DIR = REPO_ROOT / "assets" / "images"
GENERATOR = REPO_ROOT / "tools" / "gen_images.py"
SVG = "{http://www.w3.org/2000/svg}"

# Picture id -> number of frames, and the words its title starts with.
MOVES: dict[str, tuple[int, str]] = {
    "clam-shell": (2, "Clam shell"),
    "glute-bridge": (2, "Glute bridge"),
    "front-lunge": (2, "Front lunge"),
    "side-lunge": (2, "Side lunge"),
    "curtsy-lunge": (2, "Curtsy lunge"),
    "cross-curtsy-lunge": (2, "Cross-curtsy lunge"),
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


LUNGES = ("front-lunge", "side-lunge", "curtsy-lunge", "cross-curtsy-lunge")


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
    """The plan is the same in both frames of a lunge, and only lunges have one."""
    pictures = _pictures(generator)
    for name, picture in pictures.items():
        move = name.rsplit("-", 1)[0]
        if move in LUNGES:
            assert picture.pose.path is not None, name
            assert picture.pose.path == pictures[f"{move}-1"].pose.path, name
        else:
            assert picture.pose.path is None, name


def test_the_four_lunge_floor_plans_point_different_ways(generator: ModuleType) -> None:
    """From the same start, the four steps head at least 40 degrees apart and land apart."""
    pictures = _pictures(generator)
    steps = {}
    for move in LUNGES:
        stays, start, land = generator.plan_feet(pictures[f"{move}-1"].pose.path)
        steps[move] = (stays, start, land)
    starts = {(stays, start) for stays, start, _ in steps.values()}
    assert len(starts) == 1, "the four plans should start from the same stance"
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
