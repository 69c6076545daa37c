"""The screenshot tool grabs every screen at both sizes, with a big enough countdown."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def load_tool():
    spec = importlib.util.spec_from_file_location("screenshots", REPO / "tools" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screen_at_both_sizes(qapp, tmp_path):
    tool = load_tool()
    written = tool.shoot(tmp_path, [(800, 480), (1920, 1080)])
    names = {p.name for p in written}
    for screen in ("start", "get-ready", "work-reps", "rest", "work-hold", "paused", "finish"):
        for size in ("800x480", "1920x1080"):
            assert f"{screen}-{size}.png" in names
    for path in written:
        image = QImage(str(path))
        width, height = (int(n) for n in path.stem.rsplit("-", 1)[1].split("x"))
        assert (image.width(), image.height()) == (width, height)
    # The countdown's pixel size was checked as each screen was grabbed.
    assert all(h >= size / 3 for size, h in tool.DIGIT_HEIGHTS)
