"""Render every picture in ``assets/images/`` with Qt's own SVG renderer.

The app shows these files through ``QSvgRenderer``, which supports only part
of SVG. Each one must load, keep its 480 x 360 view box, and actually draw a
figure: a good share of the card covered, its corners left transparent (so the
rounded card sits on any window colour) and, for the moves, the working
muscles in the accent colour.
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
NOT_MOVES = ("get-ready", "rest", "done")  # no working muscle to mark
WIDTH, HEIGHT = 240, 180
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


def _render(path: Path) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"Qt cannot read {path.name}"
    assert renderer.viewBox() == QRect(0, 0, 480, 360)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _pixels(image: QImage) -> list[tuple[int, int, int, int]]:
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    return [
        (data[i], data[i + 1], data[i + 2], data[i + 3])
        for row in range(image.height())
        for i in range(row * stride, row * stride + 4 * image.width(), 4)
    ]


def test_there_are_pictures_to_check() -> None:
    """The glob found the pictures (an empty parametrize would pass silently)."""
    assert len(PICTURES) >= 15


@pytest.mark.parametrize("path", PICTURES, ids=[p.stem for p in PICTURES])
def test_picture_draws_a_figure(qapp: QGuiApplication, palette: ModuleType, path: Path) -> None:
    """Qt draws the card, the figure and, for a move, the marked muscles."""
    image = _render(path)
    pixels = _pixels(image)
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
        accent = _rgb(palette.ACCENT)
        marked = sum(_close(p, accent) for p in opaque)
        assert marked >= 40, f"{path.name}: no working muscle marked in the accent colour"
