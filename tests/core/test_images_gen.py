"""Check the committed move pictures in ``assets/images/`` and their generator.

Every picture the app looks up must be there, be a well-formed SVG with a view
box, a title and a description (for screen readers), hold no text (the app
mirrors pictures for the second side), and be exactly what
``tools/gen_images.py`` draws today, so that the files in git never drift from
the pose data that describes them.
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
