"""The screenshot tool grabs every screen at both sizes, with a big enough countdown."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

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


# --- Pixel identity (issue 13): the comparer, and screenshots that come out the same twice

def load_comparer():
    spec = importlib.util.spec_from_file_location(
        "compare_screenshots", REPO / "tools" / "compare_screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Its dataclasses look their module up while being made.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# The tool in a fresh process, with today pinned: the start screen's week chart
# is labelled from today's date, which the tool leaves to the system clock.
SHOOT = """
import runpy, sys
from datetime import datetime, timezone
from hiptimer.gui.controllers import tracker
tracker.utc_now = lambda: datetime(2026, 3, 4, 7, 0, tzinfo=timezone.utc)
out = sys.argv[1]
sys.argv = ["screenshots.py", "--out", out, "--size", "800x480"]
runpy.run_path("tools/screenshots.py", run_name="__main__")
"""


def shoot_in_fresh_processes(*outs: Path) -> None:
    # Not twice in this process: Qt draws the countdown's big digits with
    # slightly different edge pixels once it has drawn the same face at
    # other sizes (seen with PySide6 6.11 and plain QPainter.drawText), so
    # only runs that start alike can be pixel-identical, as before and after
    # a change are. The processes share nothing, so they run side by side.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    running = [subprocess.Popen([sys.executable, "-c", SHOOT, str(out)], cwd=REPO, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for out in outs]
    for process in running:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors


def test_screenshots_come_out_pixel_identical_twice(tmp_path):
    comparer = load_comparer()
    first, second = tmp_path / "first", tmp_path / "second"
    shoot_in_fresh_processes(first, second)
    results = comparer.compare_dirs(first, second, tmp_path / "diff")
    assert len(results) == 10  # every screen, at one size (both take twice as long)
    assert [str(r) for r in results if not r.identical] == []
    assert not (tmp_path / "diff").exists()
    assert comparer.main([str(first), str(second)]) == 0


def test_a_changed_pixel_and_a_missing_file_are_reported(qapp, tmp_path, capsys):
    comparer = load_comparer()
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F2937"))
    for name in ("start.png", "rest.png", "finish.png"):
        assert image.save(str(before / name))
    assert image.save(str(after / "start.png"))
    image.setPixelColor(7, 12, QColor("#1F2938"))  # one step of blue: invisible, still a change
    assert image.save(str(after / "rest.png"))
    assert image.convertToFormat(QImage.Format.Format_ARGB32).save(str(after / "new.png"))

    status = comparer.main([str(before), str(after), "--diff-dir", str(tmp_path / "diff")])
    lines = capsys.readouterr().out.splitlines()
    assert status == 1
    assert "start.png: identical" in lines
    assert "finish.png: missing in AFTER" in lines
    assert "new.png: missing in BEFORE (new file)" in lines
    rest = next(line for line in lines if line.startswith("rest.png:"))
    assert rest.startswith("rest.png: 1 pixel differ, x 7-7, y 12-12 (1×1)")
    diff = QImage(str(tmp_path / "diff" / "rest-diff.png"))
    assert diff.pixelColor(7, 12) == QColor(255, 0, 0)
    assert diff.pixelColor(0, 0) != QColor(255, 0, 0)
    assert lines[-1] == "1 of 4 identical"


def test_the_same_pixels_in_another_format_are_identical(qapp, tmp_path):
    comparer = load_comparer()
    image = QImage(16, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#166534"))
    image.save(str(tmp_path / "rgb.png"))
    image.convertToFormat(QImage.Format.Format_ARGB32).save(str(tmp_path / "argb.png"))
    result = comparer.compare_files(tmp_path / "rgb.png", tmp_path / "argb.png")
    assert result.identical, str(result)
