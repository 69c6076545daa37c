"""Save screenshots of the window's screens for the README and for review.

Drives the default session with a fake clock (no waiting) and grabs the
start, work (reps and hold), rest and finish screens at 800×480 and
1920×1080 into ``docs/screenshots/``. Run with ``QT_QPA_PLATFORM=offscreen``
or on a real or virtual display.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from hiptimer import resources  # noqa: E402
from hiptimer.gui.window import MainWindow  # noqa: E402
from hiptimer.session import load  # noqa: E402

# (window height, countdown pixel size) of every run screen grabbed.
DIGIT_HEIGHTS: list[tuple[int, int]] = []


class Clock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        """Return the current fake time."""
        return self.t


# The day the screenshots are taken on, whatever today is: the start screen's
# week chart is labelled from it, and screenshots of one commit must not
# change with the date (issue 13 compares them pixel by pixel).
DAY = datetime(2026, 3, 4, 7, 0, tzinfo=timezone.utc)


def shoot(out: Path, sizes: list[tuple[int, int]]) -> list[Path]:
    """Grab every screen at every size into ``out``; return the files written."""
    app = QApplication.instance() or QApplication([])
    written = []
    for width, height in sizes:
        clock = Clock()
        window = MainWindow(load(resources.default_session_path()), now=clock,
                            wall_clock=lambda: DAY)
        window.resize(width, height)
        window.show()
        window.complete()  # as the window is a moment after its first frame

        def grab(name: str, window: MainWindow = window, width: int = width,
                 height: int = height) -> None:
            app.processEvents()
            path = out / f"{name}-{width}x{height}.png"
            window.grab().save(str(path))
            if window.stack.currentWidget() is window.run_screen and name != "paused":
                DIGIT_HEIGHTS.append((height, window.run_screen.digits.text_pixel_height()))
            written.append(path)

        def advance(seconds: float, clock: Clock = clock, window: MainWindow = window) -> None:
            clock.t += seconds
            window.run.adapter.wake()

        grab("start")
        window.run.adapter.start()
        advance(4.2)
        grab("get-ready")
        advance(6 + 3.6)  # into the clam shells, rep 2 with the knee up
        grab("work-reps")
        advance(25 + 5 + 25 + 2)
        grab("rest")
        advance(8 + 12)
        grab("work-hold")
        window.run.adapter.pause()
        grab("paused")
        window.run.adapter.toggle()
        advance(200)
        grab("finish")
        window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.out, [(800, 480), (1920, 1080)]):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
