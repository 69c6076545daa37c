"""Render every picture in ``assets/images/`` with Qt's own SVG renderer.

The app shows these files through ``QSvgRenderer``, which supports only part
of SVG. Each one must load, keep its 480 x 360 view box, and actually draw a
figure: a good share of the card covered, its corners left transparent (so the
rounded card sits on any window colour) and, for the moves, the working
muscles in the accent colour. At thumbnail size (96 x 72, the "next up"
picture) the lunges' floor plans must still look clearly different, and a
move's equipment (the mini band, the stability ball) must still show.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
IMAGES_DIR = REPO_ROOT / "assets" / "images"
GENERATOR = REPO_ROOT / "tools" / "gen_images.py"
PICTURES = sorted(IMAGES_DIR.glob("*.svg"))
NOT_MOVES = ("get-ready", "rest", "done", "switch")  # no working muscle to mark
WIDTH, HEIGHT = 160, 120  # small enough to read every pixel quickly
TOLERANCE = 10  # per colour channel, for anti-aliasing


@pytest.fixture(scope="module")
def palette() -> ModuleType:
    """Return the generator, whose constants name the pictures' colours."""
    spec = importlib.util.spec_from_file_location("hiptimer_gen_images", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    colour = QColor(hex_colour)
    return colour.red(), colour.green(), colour.blue()


def _render(path: Path, width: int = WIDTH, height: int = HEIGHT) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"Qt cannot read {path.name}"
    assert renderer.viewBox() == QRect(0, 0, 480, 360)
    image = QImage(width, height, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _channels(image: QImage) -> tuple[bytes, bytes, bytes, bytes]:
    """Return the red, green, blue and alpha bytes of every pixel, row after row."""
    data = bytes(image.constBits())
    stride, width = image.bytesPerLine(), 4 * image.width()
    rows = b"".join(data[row * stride:row * stride + width] for row in range(image.height()))
    return rows[0::4], rows[1::4], rows[2::4], rows[3::4]


def _mask(channel: bytes, wanted: range) -> int:
    """Return a number with the byte of each pixel 1 where ``channel`` is in ``wanted``."""
    table = bytes(1 if value in wanted else 0 for value in range(256))
    return int.from_bytes(channel.translate(table), "big")


def _count(image: QImage, colour: tuple[int, int, int] | None) -> int:
    """Count the opaque pixels within ``TOLERANCE`` of ``colour`` (``None``: every opaque one).

    Done on whole rows of bytes at once: a pixel is counted when each of
    its channels' bytes maps to 1.
    """
    *rgb, alpha = _channels(image)
    found = _mask(alpha, range(255, 256))
    for channel, value in zip(rgb, colour or (), strict=False):
        found &= _mask(channel, range(value - TOLERANCE, value + TOLERANCE + 1))
    return bin(found).count("1")


def test_there_are_pictures_to_check() -> None:
    """The glob found the pictures (an empty parametrize would pass silently)."""
    assert len(PICTURES) >= 56


@pytest.mark.parametrize("path", PICTURES, ids=[p.stem for p in PICTURES])
def test_picture_draws_a_figure(qapp: QGuiApplication, palette: ModuleType, path: Path) -> None:
    """Qt draws the card, the figure and, for a move, the marked muscles."""
    image = _render(path)
    assert image.pixelColor(0, 0).alpha() == 0, "the card's corners should stay clear"
    assert image.pixelColor(WIDTH // 2, HEIGHT // 2).alpha() == 255

    opaque = _count(image, None)
    drawn = opaque - _count(image, _rgb(palette.CARD))
    # The two body colours are far apart, so no pixel is counted twice.
    figure = _count(image, _rgb(palette.BODY)) + _count(image, _rgb(palette.BODY_FAR))
    assert drawn > 0.06 * opaque, f"{path.name}: little besides the card"
    assert figure > 0.025 * opaque, f"{path.name}: the figure is missing or tiny"

    if not path.stem.startswith(NOT_MOVES):
        marked = _count(image, _rgb(palette.ACCENT))
        assert marked >= 12, f"{path.name}: no working muscle marked in the accent colour"


THUMB_W, THUMB_H = 96, 72
LUNGES = ("front-lunge", "side-lunge", "curtsy-lunge", "cross-curtsy-lunge", "reverse-lunge")


def _plan_at_thumbnail(path: Path, palette: ModuleType) -> list[tuple[int, int, int, int]]:
    """Return the pixels of the floor plan's panel in a 96 x 72 rendering."""
    image = _render(path, THUMB_W, THUMB_H)
    k = THUMB_W / palette.WIDTH
    left, top = round(palette.PLAN_X * k), round(palette.PLAN_Y * k)
    size = round(palette.PLAN_SIZE * k)
    return [
        (c.red(), c.green(), c.blue(), c.alpha())
        for y in range(top, top + size)
        for x in range(left, left + size)
        for c in (image.pixelColor(x, y),)
    ]


@pytest.mark.parametrize("frame", (1, 2))
def test_lunge_floor_plans_differ_at_thumbnail_size(
    qapp: QGuiApplication, palette: ModuleType, frame: int
) -> None:
    """Any two lunges' plans differ in a good share of their thumbnail pixels."""
    plans = {
        move: _plan_at_thumbnail(IMAGES_DIR / f"{move}-{frame}.svg", palette) for move in LUNGES
    }
    for i, first in enumerate(LUNGES):
        for second in LUNGES[i + 1 :]:
            a, b = plans[first], plans[second]
            differ = sum(
                max(abs(p - q) for p, q in zip(pa, pb, strict=True)) > 48
                for pa, pb in zip(a, b, strict=True)
            )
            share = differ / len(a)
            # About a tenth of the panel (150 of 1,521 pixels) differs today.
            assert share > 0.07, f"{first} and {second}: plans differ in only {share:.0%}"


BANDED = ("banded-clam-shell", "banded-glute-bridge", "lateral-band-walk", "monster-walk")
ON_THE_BALL = ("ball-bridge", "ball-hamstring-curl")


@pytest.mark.parametrize("move", (*BANDED, *ON_THE_BALL))
@pytest.mark.parametrize("frame", (1, 2))
def test_equipment_shows_at_thumbnail_size(
    qapp: QGuiApplication, palette: ModuleType, move: str, frame: int
) -> None:
    """At 96 x 72 the band's or the ball's own colour still covers some pixels."""
    colour = _rgb(palette.BAND if move in BANDED else palette.BALL)
    image = _render(IMAGES_DIR / f"{move}-{frame}.svg", THUMB_W, THUMB_H)
    seen = _count(image, colour)
    least = 6 if move in BANDED else 150
    assert seen >= least, f"{move}-{frame}: only {seen} pixels of its equipment"
