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


def _close(pixel: tuple[int, int, int], colour: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= TOLERANCE for a, b in zip(pixel, colour, strict=True))


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


def _pixels(image: QImage, step: int = 1) -> list[tuple[int, int, int, int]]:
    """Return the pixels, every ``step``-th one of every ``step``-th row."""
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    return [
        (data[i], data[i + 1], data[i + 2], data[i + 3])
        for row in range(0, image.height(), step)
        for i in range(row * stride, row * stride + 4 * image.width(), 4 * step)
    ]


def test_there_are_pictures_to_check() -> None:
    """The glob found the pictures (an empty parametrize would pass silently)."""
    assert len(PICTURES) >= 56


@pytest.mark.parametrize("path", PICTURES, ids=[p.stem for p in PICTURES])
def test_picture_draws_a_figure(qapp: QGuiApplication, palette: ModuleType, path: Path) -> None:
    """Qt draws the card, the figure and, for a move, the marked muscles."""
    image = _render(path)
    pixels = _pixels(image, step=2)  # a quarter of them: the shares are the same
    assert image.pixelColor(0, 0).alpha() == 0, "the card's corners should stay clear"
    assert image.pixelColor(WIDTH // 2, HEIGHT // 2).alpha() == 255

    card = _rgb(palette.CARD)
    body = (_rgb(palette.BODY), _rgb(palette.BODY_FAR))
    opaque = [p[:3] for p in pixels if p[3] == 255]
    drawn = sum(not _close(p, card) for p in opaque)
    figure = sum(any(_close(p, colour) for colour in body) for p in opaque)
    assert drawn > 0.06 * len(opaque), f"{path.name}: little besides the card"
    assert figure > 0.025 * len(opaque), f"{path.name}: the figure is missing or tiny"

    if not path.stem.startswith(NOT_MOVES):
        # Counted on every pixel: a marked muscle can be a small patch.
        accent = _rgb(palette.ACCENT)
        marked = sum(_close(p[:3], accent) for p in _pixels(image) if p[3] == 255)
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
    seen = sum(_close(p[:3], colour) for p in _pixels(image) if p[3] == 255)
    least = 6 if move in BANDED else 150
    assert seen >= least, f"{move}-{frame}: only {seen} pixels of its equipment"
